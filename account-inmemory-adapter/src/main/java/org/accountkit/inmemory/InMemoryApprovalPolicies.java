package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.approval.ApprovalPolicies;
import org.accountkit.approval.ApprovalPolicy;
import org.accountkit.customer.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Approval rules in a map, stored and handed out as copies. */
@SecondaryAdapter
final class InMemoryApprovalPolicies implements ApprovalPolicies {

    private final InMemoryTransactions transactions;
    private final Map<CustomerNumber, ApprovalPolicy> policies = new HashMap<>();

    InMemoryApprovalPolicies(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<ApprovalPolicy> find(CustomerNumber customerNumber) {
        return transactions.read(() -> Optional.ofNullable(policies.get(customerNumber))
                .map(policy -> copy(policy, policy.version())));
    }

    /** The stored rules or the defaults; call under the lock. */
    ApprovalPolicy current(CustomerNumber customerNumber) {
        ApprovalPolicy stored = policies.get(customerNumber);
        return stored == null ? ApprovalPolicy.defaults(customerNumber) : copy(stored, stored.version());
    }

    /** The stored version of the rules, 0 when never stored; call under the lock. */
    long versionOf(CustomerNumber customerNumber) {
        ApprovalPolicy stored = policies.get(customerNumber);
        return stored == null ? 0 : stored.version();
    }

    @Override
    public void save(ApprovalPolicy policy) {
        ApprovalPolicy stored = copy(policy, policy.version() + 1);
        ApprovalPolicy[] previous = new ApprovalPolicy[1];
        transactions.write(() -> {
            ApprovalPolicy current = policies.get(policy.customerNumber());
            long currentVersion = current == null ? 0 : current.version();
            if (currentVersion != policy.version()) {
                throw new ConcurrentModification("approval rules", policy.customerNumber());
            }
            previous[0] = current;
            policies.put(policy.customerNumber(), stored);
        }, () -> {
            if (previous[0] == null) {
                policies.remove(policy.customerNumber());
            } else {
                policies.put(policy.customerNumber(), previous[0]);
            }
        });
    }

    private static ApprovalPolicy copy(ApprovalPolicy policy, long version) {
        return ApprovalPolicy.reconstitute(policy.customerNumber(), policy.orderTotalThreshold().orElse(null),
                policy.secondApproverAbove().orElse(null), policy.remindAfter(), policy.escalateAfter(),
                policy.expireAfter(), version);
    }
}
