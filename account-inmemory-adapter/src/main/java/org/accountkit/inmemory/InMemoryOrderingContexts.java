package org.accountkit.inmemory;

import java.util.Optional;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.BudgetSnapshot;
import org.accountkit.spi.CustomerAccountSnapshot;
import org.accountkit.spi.OrderingContext;
import org.accountkit.spi.OrderingContexts;
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
    public Optional<OrderingContext> load(CustomerNumber customerNumber, UserId user) {
        return transactions.read(() -> {
            AccountUserSnapshot requester = users.stored(customerNumber, user);
            CustomerAccountSnapshot account = accounts.stored(customerNumber);
            if (requester == null || account == null) {
                return Optional.empty();
            }
            BudgetSnapshot budget = budgets.ledgers().get(user);
            return Optional.of(new OrderingContext(requester, account.timeZone(),
                    budget != null && budget.customerNumber().equals(customerNumber) ? budget : null,
                    policies.stored(customerNumber)));
        });
    }
}
