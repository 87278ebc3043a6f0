package org.accountkit.jdbc;

import java.sql.SQLException;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.budget.BudgetLimit;
import org.accountkit.budget.Budgets;
import org.accountkit.budget.UserBudget;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Budget settings and ledgers in {@code ak_budget}. */
@SecondaryAdapter
final class JdbcBudgets implements Budgets {

    private final JdbcTransactions transactions;

    /**
     * Moves the requester's budget row to a new version. Every change of a user, and every change of their customer
     * number's approval rules, does this in its own transaction, so that the budget row's version also stands for
     * the user and the rules an ordering context was read with: the submission statement on PostgreSQL checks that
     * one version instead of reading the user and the rules again (see {@link JdbcOrderRequests}).
     */
    static void renewForUser(java.sql.Connection connection, UserId user) throws SQLException {
        Sql.update(connection, "UPDATE ak_budget SET version = version + 1 WHERE user_id = ?", user.value());
    }

    /** As {@link #renewForUser}, for every budget of a customer number: its approval rules changed. */
    static void renewForCustomer(java.sql.Connection connection, org.accountkit.customer.CustomerNumber customer)
            throws SQLException {
        Sql.update(connection, "UPDATE ak_budget SET version = version + 1 WHERE customer_number = ?",
                customer.value());
    }

    JdbcBudgets(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<UserBudget> find(UserId user) {
        return transactions.withConnection("finding a budget", connection -> Sql.queryOne(connection,
                "SELECT " + Rows.BUDGET_COLUMNS + " FROM ak_budget WHERE user_id = ?",
                row -> Rows.budget(row, ""), user.value()));
    }

    @Override
    public Optional<UserBudget> findForUpdate(UserId user) {
        return transactions.withConnection("locking a budget", connection -> Sql.queryOne(connection,
                "SELECT " + Rows.BUDGET_COLUMNS + " FROM ak_budget WHERE user_id = ? FOR UPDATE",
                row -> Rows.budget(row, ""), user.value()));
    }

    @Override
    public void add(UserBudget budget) {
        BudgetLimit limit = budget.limit().orElse(null);
        transactions.withConnection("adding a budget", connection -> {
            try {
                return Sql.update(connection, "INSERT INTO ak_budget (" + Rows.BUDGET_COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        budget.user().value(), budget.customerNumber().value(),
                        limit == null ? null : limit.amount().amount(),
                        limit == null ? null : limit.amount().currency().getCurrencyCode(),
                        limit == null ? null : limit.period().name(), budget.everyOrderNeedsApproval(),
                        budget.currency().map(currency -> currency.getCurrencyCode()).orElse(null),
                        budget.periodKey(), budget.spentRaw(), budget.reservedRaw());
            } catch (SQLException failure) {
                if (Sql.isUniqueViolation(failure)) {
                    throw new ConcurrentModification("budget", budget.user());
                }
                throw failure;
            }
        });
    }

    @Override
    public void update(UserBudget budget) {
        BudgetLimit limit = budget.limit().orElse(null);
        int updated = transactions.withConnection("updating a budget", connection -> {
            try {
                return Sql.update(connection, "UPDATE ak_budget SET limit_amount = ?, limit_currency = ?, "
                        + "budget_period = ?, every_order_needs_approval = ?, ledger_currency = ?, period_key = ?, "
                        + "spent = ?, reserved = ?, version = version + 1 WHERE user_id = ? AND version = ?",
                        limit == null ? null : limit.amount().amount(),
                        limit == null ? null : limit.amount().currency().getCurrencyCode(),
                        limit == null ? null : limit.period().name(), budget.everyOrderNeedsApproval(),
                        budget.currency().map(currency -> currency.getCurrencyCode()).orElse(null),
                        budget.periodKey(), budget.spentRaw(), budget.reservedRaw(), budget.user().value(),
                        budget.version());
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
