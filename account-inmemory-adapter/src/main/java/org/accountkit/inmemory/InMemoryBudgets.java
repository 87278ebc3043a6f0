package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.budget.Budgets;
import org.accountkit.budget.UserBudget;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Budget settings and ledgers in a map; the order requests change ledgers through {@link #ledgers()}. */
@SecondaryAdapter
final class InMemoryBudgets implements Budgets {

    private final InMemoryTransactions transactions;
    private final Map<UserId, UserBudget> budgets = new HashMap<>();

    InMemoryBudgets(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<UserBudget> find(UserId user) {
        return transactions.read(() -> Optional.ofNullable(budgets.get(user)).map(InMemoryBudgets::copy));
    }

    @Override
    public Optional<UserBudget> findForUpdate(UserId user) {
        return find(user);
    }

    @Override
    public void add(UserBudget budget) {
        UserBudget stored = copy(budget, 0);
        transactions.write(() -> {
            if (budgets.containsKey(budget.user())) {
                throw new ConcurrentModification("budget", budget.user());
            }
            budgets.put(budget.user(), stored);
        }, () -> budgets.remove(budget.user()));
    }

    @Override
    public void update(UserBudget budget) {
        UserBudget stored = copy(budget, budget.version() + 1);
        UserBudget[] previous = new UserBudget[1];
        transactions.write(() -> {
            UserBudget current = budgets.get(budget.user());
            if (current == null || current.version() != budget.version()) {
                throw new ConcurrentModification("budget", budget.user());
            }
            previous[0] = current;
            budgets.put(budget.user(), stored);
        }, () -> budgets.put(budget.user(), previous[0]));
    }

    /** The stored ledgers, for the order requests; only touch under the write lock. */
    Map<UserId, UserBudget> ledgers() {
        return budgets;
    }

    static UserBudget copy(UserBudget budget) {
        return copy(budget, budget.version());
    }

    static UserBudget copy(UserBudget budget, long version) {
        return UserBudget.reconstitute(budget.user(), budget.customerNumber(), budget.limit().orElse(null),
                budget.everyOrderNeedsApproval(), budget.currency().orElse(null), budget.periodKey(),
                budget.spentRaw(), budget.reservedRaw(), version);
    }
}
