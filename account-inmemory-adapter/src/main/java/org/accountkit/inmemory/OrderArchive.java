package org.accountkit.inmemory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.DeadlineStage;
import org.accountkit.approval.Decision;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.Verdict;
import org.accountkit.ordering.OrderLine;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.spi.OrderRequestSnapshot;

/**
 * Closed order requests (placed, approved, rejected, withdrawn, expired) as compact records: they never change
 * again, so the store keeps them as bytes and rebuilds the {@link OrderRequestSnapshot} when one is read. A fixed
 * header holds what the overviews filter and sort on. Not thread-safe: the store's lock guards it.
 */
final class OrderArchive {

    private static final int CUSTOMER = 16;
    private static final int REQUESTER = 20;
    private static final int STATUS = 24;
    private static final int SUBMITTED_SECONDS = 25;
    private static final int SUBMITTED_NANOS = 33;

    private static final OrderStatus[] STATUSES = OrderStatus.values();
    private static final DeadlineStage[] STAGES = DeadlineStage.values();
    private static final ApprovalReason[] REASONS = ApprovalReason.values();
    private static final Verdict[] VERDICTS = Verdict.values();

    private final ByteLog log = new ByteLog();
    private final ByteLog.Writer writer = new ByteLog.Writer();
    private final Dictionary<CustomerNumber> customers = new Dictionary<>();
    private final Dictionary<UserId> users = new Dictionary<>();
    private final Dictionary<String> texts = new Dictionary<>();
    private final Dictionary<Currency> currencies = new Dictionary<>();

    /** Stores {@code order} and returns its address. */
    long append(OrderRequestSnapshot order) {
        UUID id = order.id().value();
        ByteLog.Writer record = writer.reset()
                .writeLong(id.getMostSignificantBits())
                .writeLong(id.getLeastSignificantBits())
                .writeInt(customers.numberOf(order.customerNumber()))
                .writeInt(users.numberOf(order.requester()))
                .writeByte(order.status().ordinal())
                .writeInstant(order.submittedAt());
        int reasons = 0;
        if (!order.reasons().isEmpty()) {
            for (ApprovalReason reason : order.reasons()) {
                reasons |= 1 << reason.ordinal();
            }
        }
        Instant submitted = order.submittedAt();
        record.writeByte(reasons)
                .writeVarLong(order.requiredApprovals())
                .writeByte(order.deadlineStage().ordinal())
                .writeString(order.reference())
                .writeDecimal(order.reserved().amount())
                .writeMoment(order.placedAt(), submitted)
                .writeMoment(order.closedAt(), submitted)
                .writeMoment(order.remindAt(), submitted)
                .writeMoment(order.escalateAt(), submitted)
                .writeMoment(order.expireAt(), submitted)
                .writeVarLong(order.version())
                .writeVarLong(order.lines().size());
        // by index: an iterator per list was a twentieth of what a submission in memory allocated
        List<OrderLine> lines = order.lines();
        for (int index = 0; index < lines.size(); index++) {
            OrderLine line = lines.get(index);
            record.writeVarLong(texts.numberOf(line.articleNumber()))
                    .writeVarLong(texts.numberOf(line.description()))
                    .writeVarLong(line.quantity())
                    .writeDecimal(line.unitNetPrice().amount())
                    .writeVarLong(currencies.numberOf(line.unitNetPrice().currency()))
                    .writeDecimal(line.vatRate());
        }
        List<Decision> decisions = order.decisions();
        record.writeVarLong(decisions.size());
        for (int index = 0; index < decisions.size(); index++) {
            Decision decision = decisions.get(index);
            record.writeVarLong(decision.tier())
                    .writeVarLong(users.numberOf(decision.decidedBy()))
                    .writeVarLong(decision.onBehalfOf() == null ? -1 : users.numberOf(decision.onBehalfOf()))
                    .writeByte(decision.verdict().ordinal())
                    .writeString(decision.reason())
                    .writeMoment(decision.at(), submitted);
        }
        return log.append(record);
    }

    /** Forgets the record at {@code address} and all after it: undoes the latest appends. */
    void truncate(long address) {
        log.truncate(address);
    }

    /** Rebuilds the order request stored at {@code address}. */
    OrderRequestSnapshot read(long address) {
        ByteLog.Reader record = log.read(address);
        OrderRequestId id = new OrderRequestId(new UUID(record.readLong(), record.readLong()));
        CustomerNumber customer = customers.valueOf(record.readInt());
        UserId requester = users.valueOf(record.readInt());
        OrderStatus status = STATUSES[record.readByte()];
        Instant submittedAt = record.readInstant();
        int reasonBits = record.readByte();
        Set<ApprovalReason> reasons = EnumSet.noneOf(ApprovalReason.class);
        for (ApprovalReason reason : REASONS) {
            if ((reasonBits & (1 << reason.ordinal())) != 0) {
                reasons.add(reason);
            }
        }
        int requiredApprovals = (int) record.readVarLong();
        DeadlineStage stage = STAGES[record.readByte()];
        String reference = record.readString();
        BigDecimal reserved = record.readDecimal();
        Instant placedAt = record.readMoment(submittedAt);
        Instant closedAt = record.readMoment(submittedAt);
        Instant remindAt = record.readMoment(submittedAt);
        Instant escalateAt = record.readMoment(submittedAt);
        Instant expireAt = record.readMoment(submittedAt);
        long version = record.readVarLong();
        List<OrderLine> lines = new ArrayList<>();
        for (long count = record.readVarLong(); count > 0; count--) {
            String article = texts.valueOf((int) record.readVarLong());
            String description = texts.valueOf((int) record.readVarLong());
            int quantity = (int) record.readVarLong();
            BigDecimal price = record.readDecimal();
            Currency currency = currencies.valueOf((int) record.readVarLong());
            lines.add(new OrderLine(article, description, quantity, new Money(price, currency),
                    record.readDecimal()));
        }
        List<Decision> decisions = new ArrayList<>();
        for (long count = record.readVarLong(); count > 0; count--) {
            int tier = (int) record.readVarLong();
            UserId decidedBy = users.valueOf((int) record.readVarLong());
            int onBehalfOf = (int) record.readVarLong();
            Verdict verdict = VERDICTS[record.readByte()];
            String reason = record.readString();
            decisions.add(new Decision(tier, decidedBy, onBehalfOf < 0 ? null : users.valueOf(onBehalfOf), verdict,
                    reason, record.readMoment(submittedAt)));
        }
        Money total = OrderRequestSnapshot.totalOf(lines);
        return new OrderRequestSnapshot(id, customer, requester, reference, lines, total, submittedAt, status, reasons,
                requiredApprovals, decisions, new Money(reserved, total.currency()), placedAt, closedAt, remindAt,
                escalateAt, expireAt, stage, version);
    }

    /** The number the archive gives {@code customer}, or -1 when no stored record has it. */
    int numberOf(CustomerNumber customer) {
        return customers.find(customer);
    }

    /** The number the archive gives {@code user}, or -1 when no stored record names them. */
    int numberOf(UserId user) {
        return users.find(user);
    }

    /** The customer number's number in the record at {@code address}. */
    int customerAt(long address) {
        return log.intAt(address, CUSTOMER);
    }

    /** The requester's number in the record at {@code address}. */
    int requesterAt(long address) {
        return log.intAt(address, REQUESTER);
    }

    OrderStatus statusAt(long address) {
        return STATUSES[log.byteAt(address, STATUS)];
    }

    Instant submittedAt(long address) {
        return Instant.ofEpochSecond(log.longAt(address, SUBMITTED_SECONDS), log.intAt(address, SUBMITTED_NANOS));
    }
}
