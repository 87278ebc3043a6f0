package org.accountkit.inmemory;

import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.accountkit.spi.BudgetSnapshot;
import org.accountkit.spi.Budgets;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Budget settings and ledgers in memory; the order requests change ledgers through {@link #ledgers()}. */
@SecondaryAdapter
final class InMemoryBudgets implements Budgets {

    private final VersionedTable<UserId, BudgetSnapshot> budgets;

    InMemoryBudgets(InMemoryTransactions transactions) {
        this.budgets = new VersionedTable<>(transactions, "budget", BudgetSnapshot::customerNumber,
                BudgetSnapshot::version, (budget, version) -> new BudgetSnapshot(budget.customerNumber(),
                        budget.user(), budget.limit(), budget.everyOrderNeedsApproval(), budget.ledger(), version));
    }

    @Override
    public Optional<BudgetSnapshot> find(CustomerNumber customerNumber, UserId user) {
        return budgets.find(customerNumber, user);
    }

    @Override
    public Optional<BudgetSnapshot> findForUpdate(CustomerNumber customerNumber, UserId user) {
        return find(customerNumber, user);
    }

    @Override
    public void add(BudgetSnapshot budget) {
        budgets.insert(budget.user(), budget, () -> new ConcurrentModification("budget", budget.user()));
    }

    @Override
    public void update(BudgetSnapshot budget) {
        budgets.update(budget.user(), budget);
    }

    /**
     * Moves the version of the budget settings of every user {@code renewed} accepts on by one: the user or the
     * rules behind them changed. Call inside a write.
     */
    void renewInWrite(java.util.function.Predicate<BudgetSnapshot> renewed) {
        budgets.renewInWrite(renewed);
    }

    /** Moves the version of one user's budget settings on by one; call inside a write. */
    void renewOneInWrite(UserId user) {
        BudgetSnapshot current = budgets.rows().get(user);
        if (current != null) {
            budgets.rows().put(user, new BudgetSnapshot(current.customerNumber(), user, current.limit(),
                    current.everyOrderNeedsApproval(), current.ledger(), current.version() + 1));
            budgets.undoInWrite(() -> budgets.rows().put(user, current));
        }
    }

    /** Removes the user's budget, inside the user's removal. */
    void removeInWrite(UserId user) {
        budgets.removeInWrite(user);
    }

    /** The stored ledgers, for the order requests; only touch under the write lock. */
    Map<UserId, BudgetSnapshot> ledgers() {
        return budgets.rows();
    }
}
