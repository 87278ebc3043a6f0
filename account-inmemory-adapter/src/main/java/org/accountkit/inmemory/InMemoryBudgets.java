package org.accountkit.inmemory;

import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.budget.Budgets;
import org.accountkit.budget.UserBudget;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Budget settings and ledgers in memory; the order requests change ledgers through {@link #ledgers()}. */
@SecondaryAdapter
final class InMemoryBudgets implements Budgets {

    private final VersionedTable<UserId, UserBudget> budgets;

    InMemoryBudgets(InMemoryTransactions transactions) {
        this.budgets = new VersionedTable<>(transactions, "budget", UserBudget::version);
    }

    @Override
    public Optional<UserBudget> find(UserId user) {
        return budgets.find(user, stored -> copy(stored, stored.version()));
    }

    @Override
    public Optional<UserBudget> findForUpdate(UserId user) {
        return find(user);
    }

    @Override
    public void add(UserBudget budget) {
        budgets.insert(budget.user(), copy(budget, 0), () -> new ConcurrentModification("budget", budget.user()));
    }

    @Override
    public void update(UserBudget budget) {
        budgets.update(budget.user(), copy(budget, budget.version() + 1), budget.version());
    }

    /** The stored ledgers, for the order requests; only touch under the write lock. */
    Map<UserId, UserBudget> ledgers() {
        return budgets.rows();
    }

    private static UserBudget copy(UserBudget budget, long version) {
        return budget.copyAtVersion(version);
    }
}
