package org.accountkit.jdbc;

import java.time.ZoneId;
import java.util.Optional;

import org.accountkit.approval.ApprovalPolicy;
import org.accountkit.approval.OrderingContext;
import org.accountkit.approval.OrderingContexts;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.UserId;
import org.accountkit.user.AccountUser;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** A requester's user, time zone, budget and approval rules in one query. */
@SecondaryAdapter
final class JdbcOrderingContexts implements OrderingContexts {

    private static final String QUERY = "SELECT " + Rows.prefixed(JdbcAccountUsers.COLUMNS, "u", "")
            + ", c.time_zone AS c_time_zone, " + Rows.prefixed(Rows.BUDGET_COLUMNS, "b", "b_") + ", "
            + Rows.prefixed(Rows.POLICY_COLUMNS, "p", "p_")
            + " FROM ak_account_user u JOIN ak_customer_account c ON c.customer_number = u.customer_number"
            + " LEFT JOIN ak_budget b ON b.user_id = u.id"
            + " LEFT JOIN ak_approval_policy p ON p.customer_number = u.customer_number"
            + " WHERE u.id = ?";

    private final JdbcTransactions transactions;

    JdbcOrderingContexts(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<OrderingContext> load(UserId user) {
        return transactions.withConnection("loading an ordering context", connection -> Sql.queryOne(connection,
                QUERY, row -> {
                    AccountUser requester = JdbcAccountUsers.map(row);
                    CustomerNumber customer = requester.customerNumber();
                    ApprovalPolicy policy = row.getString("p_customer_number") == null
                            ? ApprovalPolicy.defaults(customer) : Rows.policy(row, "p_");
                    return new OrderingContext(requester, ZoneId.of(row.getString("c_time_zone")),
                            row.getObject("b_user_id") == null ? Optional.empty()
                                    : Optional.of(Rows.budget(row, "b_")),
                            policy);
                }, user.value()));
    }
}
