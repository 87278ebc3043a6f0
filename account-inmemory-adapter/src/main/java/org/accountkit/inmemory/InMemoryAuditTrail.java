package org.accountkit.inmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountkit.audit.AuditRecord;
import org.accountkit.audit.AuditTrail;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** The audit trail as a list per customer number; records are immutable, so they are shared safely. */
@SecondaryAdapter
final class InMemoryAuditTrail implements AuditTrail {

    private final InMemoryTransactions transactions;
    private final Map<CustomerNumber, List<AuditRecord>> records = new HashMap<>();

    InMemoryAuditTrail(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditRecord record) {
        transactions.write(() -> records.computeIfAbsent(record.customerNumber(), number -> new ArrayList<>())
                .add(record), () -> {
                    List<AuditRecord> trail = records.get(record.customerNumber());
                    trail.remove(trail.size() - 1);
                });
    }

    @Override
    public Page<AuditRecord> list(CustomerNumber customerNumber, PageRequest page) {
        return transactions.read(() -> {
            List<AuditRecord> newestFirst = new ArrayList<>(records.getOrDefault(customerNumber, List.of()));
            java.util.Collections.reverse(newestFirst);
            return Page.of(newestFirst, page);
        });
    }
}
