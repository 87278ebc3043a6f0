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
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * The audit trail per customer number. Records never change, so they are kept as compact bytes in a
 * {@link ByteLog}, each customer number holding the addresses of its records in the order they were written.
 */
@SecondaryAdapter
final class InMemoryAuditTrail implements AuditTrail {

    private static final AuditAction[] ACTIONS = AuditAction.values();

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
        return transactions.read(() -> {
            Addresses trail = trails.get(customerNumber);
            int size = trail == null ? 0 : trail.size;
            int from = (int) Math.min(size, page.offset());
            int to = Math.min(size, from + page.size());
            List<AuditRecord> items = new ArrayList<>(to - from);
            for (int index = from; index < to; index++) {
                items.add(read(customerNumber, trail.addresses[size - 1 - index]));
            }
            return new Page<>(items, page.page(), page.size(), size);
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
