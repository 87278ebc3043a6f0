package org.accountkit.inmemory;

import java.time.Instant;
import java.util.Optional;

import org.accountkit.approval.OrderingContext;
import org.accountkit.approval.OrderingContexts;
import org.accountkit.budget.BudgetLimit;
import org.accountkit.budget.UserBudget;
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

    /** Reads the budget's period and the customer's time zone in place, without copying the context. */
    @Override
    public String budgetPeriodAt(UserId user, Instant moment) {
        return transactions.read(() -> {
            UserBudget budget = budgets.ledgers().get(user);
            Optional<BudgetLimit> limit = budget == null ? Optional.empty() : budget.limit();
            if (limit.isEmpty() || users.versionOf(user) < 0) {
                return "none";
            }
            return accounts.timeZoneOf(budget.customerNumber())
                    .map(zone -> limit.get().period().keyOf(moment, zone)).orElse("none");
        });
    }
}
