package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.accountkit.spi.SubstitutionSnapshot;
import org.accountkit.spi.Substitutions;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Substitutions in a map; they are immutable, so they are shared safely. */
@SecondaryAdapter
final class InMemorySubstitutions implements Substitutions {

    private final InMemoryTransactions transactions;
    private final Map<UserId, SubstitutionSnapshot> substitutions = new HashMap<>();
    /** Each customer number's substitutions, worked out on the first read after a change (see the users). */
    private final Map<CustomerNumber, List<SubstitutionSnapshot>> byCustomer = new ConcurrentHashMap<>();

    InMemorySubstitutions(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<SubstitutionSnapshot> find(CustomerNumber customerNumber, UserId approver) {
        return transactions.read(() -> Optional.ofNullable(substitutions.get(approver))
                .filter(substitution -> substitution.customerNumber().equals(customerNumber)));
    }

    @Override
    public List<SubstitutionSnapshot> listFor(CustomerNumber customerNumber) {
        return transactions.read(() -> byCustomer.computeIfAbsent(customerNumber, number -> substitutions.values()
                .stream().filter(substitution -> substitution.customerNumber().equals(number)).toList()));
    }

    @Override
    public void save(SubstitutionSnapshot substitution) {
        SubstitutionSnapshot[] previous = new SubstitutionSnapshot[1];
        transactions.write(() -> {
            SubstitutionSnapshot current = substitutions.get(substitution.approver());
            if (current != null && !current.customerNumber().equals(substitution.customerNumber())) {
                throw new IllegalStateException("approver " + substitution.approver() + " is of another customer");
            }
            previous[0] = substitutions.put(substitution.approver(), substitution);
            byCustomer.clear();
        }, () -> {
            byCustomer.clear();
            if (previous[0] == null) {
                substitutions.remove(substitution.approver());
            } else {
                substitutions.put(substitution.approver(), previous[0]);
            }
        });
    }

    @Override
    public void remove(CustomerNumber customerNumber, UserId approver) {
        SubstitutionSnapshot[] previous = new SubstitutionSnapshot[1];
        transactions.write(() -> {
            SubstitutionSnapshot current = substitutions.get(approver);
            if (current != null && current.customerNumber().equals(customerNumber)) {
                previous[0] = substitutions.remove(approver);
                byCustomer.clear();
            }
        }, () -> {
            byCustomer.clear();
            if (previous[0] != null) {
                substitutions.put(approver, previous[0]);
            }
        });
    }
}
