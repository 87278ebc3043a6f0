package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.accountkit.spi.BudgetSnapshot;
import org.accountkit.spi.Budgets;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Budget settings and ledgers in {@code ak_budget}. */
@SecondaryAdapter
final class JdbcBudgets implements Budgets {

    private final JdbcTransactions transactions;

    /**
     * Moves the user's budget row to a new version. Every change of a user, and every change of their customer
     * number's approval rules, does this in its own transaction, so that the budget row's version also stands for
     * the user and the rules an ordering context was read with: a submission checks that one version instead of
     * reading the user and the rules again (see {@link JdbcOrderRequests}).
     */
    static void renewForUser(Connection connection, CustomerNumber customer, UserId user) throws SQLException {
        Sql.update(connection, "UPDATE ak_budget SET version = version + 1 WHERE customer_number = ? AND user_id = ?",
                customer.value(), user.value());
    }

    /** As {@link #renewForUser}, for every budget of a customer number: its approval rules changed. */
    static void renewForCustomer(Connection connection, CustomerNumber customer) throws SQLException {
        Sql.update(connection, "UPDATE ak_budget SET version = version + 1 WHERE customer_number = ?",
                customer.value());
    }

    JdbcBudgets(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<BudgetSnapshot> find(CustomerNumber customerNumber, UserId user) {
        return transactions.withConnection("finding a budget", connection -> Sql.queryOne(connection,
                "SELECT " + Rows.BUDGET_COLUMNS + " FROM ak_budget WHERE customer_number = ? AND user_id = ?",
                row -> Rows.budget(row, ""), customerNumber.value(), user.value()));
    }

    @Override
    public Optional<BudgetSnapshot> findForUpdate(CustomerNumber customerNumber, UserId user) {
        return transactions.withConnection("locking a budget", connection -> Sql.queryOne(connection,
                "SELECT " + Rows.BUDGET_COLUMNS + " FROM ak_budget WHERE customer_number = ? AND user_id = ? "
                        + "FOR UPDATE", row -> Rows.budget(row, ""), customerNumber.value(), user.value()));
    }

    @Override
    public void add(BudgetSnapshot budget) {
        transactions.withConnection("adding a budget", connection -> {
            try {
                return Sql.update(connection, "INSERT INTO ak_budget (" + Rows.BUDGET_COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", Rows.budgetValues(budget));
            } catch (SQLException failure) {
                if (Sql.isUniqueViolation(failure)) {
                    throw new ConcurrentModification("budget", budget.user());
                }
                throw failure;
            }
        });
    }

    @Override
    public void update(BudgetSnapshot budget) {
        Object[] values = Rows.budgetValues(budget);
        int updated = transactions.withConnection("updating a budget", connection -> {
            try {
                return Sql.update(connection, "UPDATE ak_budget SET limit_amount = ?, limit_currency = ?, "
                        + "budget_period = ?, every_order_needs_approval = ?, ledger_currency = ?, period_key = ?, "
                        + "spent = ?, reserved = ?, version = version + 1 "
                        + "WHERE customer_number = ? AND user_id = ? AND version = ?",
                        values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9],
                        budget.customerNumber().value(), budget.user().value(), budget.version());
            } catch (SQLException failure) {
                if (Sql.isLostRace(failure)) {
                    return 0;
                }
                throw failure;
            }
        });
        if (updated != 1) {
            throw new ConcurrentModification("budget", budget.user());
        }
    }
}
