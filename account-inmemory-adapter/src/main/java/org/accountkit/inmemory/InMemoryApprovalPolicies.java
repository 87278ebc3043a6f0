package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.ApprovalPolicies;
import org.accountkit.spi.ApprovalPolicySnapshot;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Approval rules in a map. */
@SecondaryAdapter
final class InMemoryApprovalPolicies implements ApprovalPolicies {

    private final InMemoryTransactions transactions;
    private final InMemoryBudgets budgets;
    private final Map<CustomerNumber, ApprovalPolicySnapshot> policies = new HashMap<>();

    InMemoryApprovalPolicies(InMemoryTransactions transactions, InMemoryBudgets budgets) {
        this.transactions = transactions;
        this.budgets = budgets;
    }

    @Override
    public Optional<ApprovalPolicySnapshot> find(CustomerNumber customerNumber) {
        return transactions.read(() -> Optional.ofNullable(policies.get(customerNumber)));
    }

    /** The stored rules, or {@code null}; call under the lock. */
    ApprovalPolicySnapshot stored(CustomerNumber customerNumber) {
        return policies.get(customerNumber);
    }

    /** The stored version of the rules, 0 when never stored; call under the lock. */
    long versionOf(CustomerNumber customerNumber) {
        ApprovalPolicySnapshot stored = policies.get(customerNumber);
        return stored == null ? 0 : stored.version();
    }

    @Override
    public void save(ApprovalPolicySnapshot policy) {
        ApprovalPolicySnapshot stored = new ApprovalPolicySnapshot(policy.customerNumber(),
                policy.orderTotalThreshold(), policy.secondApproverAbove(), policy.remindAfter(),
                policy.escalateAfter(), policy.expireAfter(), policy.recipients(), policy.version() + 1);
        ApprovalPolicySnapshot[] previous = new ApprovalPolicySnapshot[1];
        transactions.write(() -> {
            ApprovalPolicySnapshot current = policies.get(policy.customerNumber());
            long currentVersion = current == null ? 0 : current.version();
            if (currentVersion != policy.version()) {
                throw new ConcurrentModification("approval rules", policy.customerNumber());
            }
            previous[0] = current;
            policies.put(policy.customerNumber(), stored);
            budgets.renewInWrite(budget -> budget.customerNumber().equals(policy.customerNumber()));
        }, () -> {
            if (previous[0] == null) {
                policies.remove(policy.customerNumber());
            } else {
                policies.put(policy.customerNumber(), previous[0]);
            }
        });
    }
}
