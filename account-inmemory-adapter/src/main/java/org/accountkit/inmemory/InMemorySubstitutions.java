package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.accountkit.approval.Substitution;
import org.accountkit.approval.Substitutions;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Substitutions in a map; they are immutable, so they are shared safely. */
@SecondaryAdapter
final class InMemorySubstitutions implements Substitutions {

    private final InMemoryTransactions transactions;
    private final Map<UserId, Substitution> substitutions = new HashMap<>();
    /** Each customer number's substitutions, worked out on the first read after a change (see the users). */
    private final Map<CustomerNumber, List<Substitution>> byCustomer = new ConcurrentHashMap<>();

    InMemorySubstitutions(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Substitution> find(UserId approver) {
        return transactions.read(() -> Optional.ofNullable(substitutions.get(approver)));
    }

    @Override
    public List<Substitution> listFor(CustomerNumber customerNumber) {
        return transactions.read(() -> byCustomer.computeIfAbsent(customerNumber, number -> substitutions.values()
                .stream().filter(substitution -> substitution.customerNumber().equals(number)).toList()));
    }

    @Override
    public void save(Substitution substitution) {
        Substitution[] previous = new Substitution[1];
        transactions.write(() -> {
            previous[0] = substitutions.put(substitution.approver(), substitution);
            byCustomer.clear();
        }, () -> restore(substitution.approver(), previous[0]));
    }

    @Override
    public void remove(UserId approver) {
        Substitution[] previous = new Substitution[1];
        transactions.write(() -> {
            previous[0] = substitutions.remove(approver);
            byCustomer.clear();
        }, () -> restore(approver, previous[0]));
    }

    private void restore(UserId approver, Substitution previous) {
        byCustomer.clear();
        if (previous == null) {
            substitutions.remove(approver);
        } else {
            substitutions.put(approver, previous);
        }
    }
}
