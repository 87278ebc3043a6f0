package org.accountkit.jdbc;

import java.time.ZoneId;
import java.util.Optional;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.accountkit.spi.OrderingContext;
import org.accountkit.spi.OrderingContexts;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** A requester's user, time zone, budget and approval rules in one query, within their customer number. */
@SecondaryAdapter
final class JdbcOrderingContexts implements OrderingContexts {

    private static final String QUERY = "SELECT " + Rows.prefixed(JdbcAccountUsers.COLUMNS, "u", "")
            + ", c.time_zone AS c_time_zone, " + Rows.prefixed(Rows.BUDGET_COLUMNS, "b", "b_") + ", "
            + Rows.prefixed(Rows.POLICY_COLUMNS, "p", "p_")
            + " FROM ak_account_user u JOIN ak_customer_account c ON c.customer_number = u.customer_number"
            + " LEFT JOIN ak_budget b ON b.customer_number = u.customer_number AND b.user_id = u.id"
            + " LEFT JOIN ak_approval_policy p ON p.customer_number = u.customer_number"
            + " WHERE u.customer_number = ? AND u.id = ?";

    private final JdbcTransactions transactions;

    JdbcOrderingContexts(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<OrderingContext> load(CustomerNumber customerNumber, UserId user) {
        return transactions.withConnection("loading an ordering context", connection -> Sql.queryOne(connection,
                QUERY, row -> new OrderingContext(JdbcAccountUsers.map(row), ZoneId.of(row.getString("c_time_zone")),
                        row.getObject("b_user_id") == null ? null : Rows.budget(row, "b_"),
                        row.getString("p_customer_number") == null ? null : Rows.policy(row, "p_")),
                customerNumber.value(), user.value()));
    }
}
