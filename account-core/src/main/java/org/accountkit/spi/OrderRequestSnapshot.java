package org.accountkit.spi;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.DeadlineStage;
import org.accountkit.approval.Decision;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.ordering.OrderLine;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;

/**
 * An order request as stored: its lines and decisions, where it stands, and its deadlines while it waits.
 *
 * @param id                the order request
 * @param customerNumber    its customer number
 * @param requester         who submitted it
 * @param reference         the customer's own reference, may be empty
 * @param lines             what was ordered, at least one line, all in one currency
 * @param netTotal          the lines' total excluding VAT
 * @param submittedAt       when it was submitted
 * @param status            where it stands
 * @param reasons           why it waits or waited for approval; empty for an order placed at once
 * @param requiredApprovals how many approvers must approve, 0 for an order placed at once
 * @param decisions         the decisions taken, in order
 * @param reserved          what the requester's budget reserved for it while it waits, in its currency (zero when
 *                          the budget does not track it)
 * @param placedAt          when it was placed, or {@code null}
 * @param closedAt          when it stopped waiting or was placed, or {@code null}
 * @param remindAt          when approvers are reminded, or {@code null} for an order placed at once
 * @param escalateAt        when the other approvers are asked, or {@code null}
 * @param expireAt          when it expires, or {@code null}
 * @param deadlineStage     how far its deadlines have run
 * @param version           the stored version it was loaded at; 0 for a new request
 */
public record OrderRequestSnapshot(OrderRequestId id, CustomerNumber customerNumber, UserId requester,
        String reference, List<OrderLine> lines, Money netTotal, Instant submittedAt, OrderStatus status,
        Set<ApprovalReason> reasons, int requiredApprovals, List<Decision> decisions, Money reserved,
        Instant placedAt, Instant closedAt, Instant remindAt, Instant escalateAt, Instant expireAt,
        DeadlineStage deadlineStage, long version) {

    /**
     * Refuses missing parts, and a total or reservation in another currency than the lines.
     *
     * @throws IllegalArgumentException when the order has no lines, or its amounts are in another currency
     */
    public OrderRequestSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(reference, "reference");
        lines = List.copyOf(lines);
        Objects.requireNonNull(netTotal, "netTotal");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(status, "status");
        reasons = ApprovalReason.setOf(reasons);
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(deadlineStage, "deadlineStage");
        if (lines.isEmpty() || !lines.get(0).unitNetPrice().inSameCurrencyAs(netTotal)
                || !reserved.inSameCurrencyAs(netTotal)) {
            throw new IllegalArgumentException("order request " + id + " has no lines or mixes currencies");
        }
    }

    /**
     * What {@code lines} add up to, excluding VAT.
     *
     * @throws IllegalArgumentException when there are no lines or their currencies differ
     */
    public static Money totalOf(List<OrderLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has lines");
        }
        Money total = lines.get(0).netTotal();
        for (int index = 1; index < lines.size(); index++) {
            total = total.plus(lines.get(index).netTotal());
        }
        return total;
    }

    /** The order's currency. */
    public Currency currency() {
        return netTotal.currency();
    }

    /** The next moment a deadline falls due, or empty when the order does not wait. */
    public Optional<Instant> nextDeadline() {
        if (!status.isWaiting()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (deadlineStage) {
            case NOTIFIED -> remindAt;
            case REMINDED -> escalateAt;
            case ESCALATED -> expireAt;
        });
    }
}
