package org.accountkit.inmemory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.AuditTrail;
import org.accountkit.spi.PageToken;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * The audit trail per customer number. Records never change, so they are kept as compact bytes in a
 * {@link ByteLog}, each customer number holding the addresses of its records in the order they were written.
 */
@SecondaryAdapter
final class InMemoryAuditTrail implements AuditTrail {

    private static final AuditAction[] ACTIONS = AuditAction.values();
    /** The name of the audit trail's continuations. */
    private static final String OVERVIEW = "audit";

    private final InMemoryTransactions transactions;
    private final ByteLog log = new ByteLog();
    private final ByteLog.Writer writer = new ByteLog.Writer();
    private final Dictionary<String> actors = new Dictionary<>();
    private final Map<CustomerNumber, Addresses> trails = new HashMap<>();

    InMemoryAuditTrail(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditRecord record) {
        long[] address = new long[1];
        transactions.write(() -> {
            address[0] = log.append(writer.reset()
                    .writeInt(actors.numberOf(record.actor()))
                    .writeByte(record.action().ordinal())
                    .writeString(record.subject())
                    .writeString(record.details())
                    .writeInstant(record.occurredAt()));
            trails.computeIfAbsent(record.customerNumber(), number -> new Addresses()).add(address[0]);
        }, () -> {
            trails.get(record.customerNumber()).removeLast();
            log.truncate(address[0]);
        });
    }

    @Override
    public Page<AuditRecord> list(CustomerNumber customerNumber, PageRequest page) {
        PageToken.Reader after = PageToken.reader(page, OVERVIEW);
        long before = after == null ? Long.MAX_VALUE : after.number();
        return transactions.read(() -> {
            Addresses trail = trails.get(customerNumber);
            // records are numbered by their place in the customer number's trail, oldest 0; a page goes downwards
            int newest = (int) Math.min(before - 1, trail == null ? -1 : trail.size - 1);
            List<Numbered> fetched = new ArrayList<>(page.size() + 1);
            for (int number = newest; number >= 0 && fetched.size() <= page.size(); number--) {
                fetched.add(new Numbered(number, read(customerNumber, trail.addresses[number])));
            }
            return Page.of(fetched, page, last -> PageToken.writer(OVERVIEW).number(last.number()).token())
                    .map(Numbered::record);
        });
    }

    private AuditRecord read(CustomerNumber customerNumber, long address) {
        ByteLog.Reader record = log.read(address);
        String actor = actors.valueOf(record.readInt());
        AuditAction action = ACTIONS[record.readByte()];
        String subject = record.readString();
        String details = record.readString();
        return new AuditRecord(customerNumber, actor, action, subject, details, record.readInstant());
    }

    /** A record and its place in its customer number's trail. */
    private record Numbered(int number, AuditRecord record) {
    }

    /** A customer number's record addresses, oldest first. */
    private static final class Addresses {

        private long[] addresses = new long[16];
        private int size;

        void add(long address) {
            if (size == addresses.length) {
                addresses = Arrays.copyOf(addresses, size * 2);
            }
            addresses[size++] = address;
        }

        void removeLast() {
            size--;
        }
    }
}
