package org.accountkit.inmemory;

import java.util.Optional;

import org.accountkit.approval.OrderingContext;
import org.accountkit.approval.OrderingContexts;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Reads a requester's context from the other in-memory repositories at once, under the read lock. */
@SecondaryAdapter
final class InMemoryOrderingContexts implements OrderingContexts {

    private final InMemoryTransactions transactions;
    private final InMemoryAccountUsers users;
    private final InMemoryCustomerAccounts accounts;
    private final InMemoryBudgets budgets;
    private final InMemoryApprovalPolicies policies;

    InMemoryOrderingContexts(InMemoryTransactions transactions, InMemoryAccountUsers users,
            InMemoryCustomerAccounts accounts, InMemoryBudgets budgets, InMemoryApprovalPolicies policies) {
        this.transactions = transactions;
        this.users = users;
        this.accounts = accounts;
        this.budgets = budgets;
        this.policies = policies;
    }

    @Override
    public Optional<OrderingContext> load(UserId user) {
        return transactions.read(() -> users.find(user).flatMap(found -> accounts.find(found.customerNumber())
                .map(account -> new OrderingContext(found, account.timeZone(), budgets.find(user),
                        policies.current(found.customerNumber())))));
    }
}
