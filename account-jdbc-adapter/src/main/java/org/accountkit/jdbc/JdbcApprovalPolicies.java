package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.spi.ApprovalPolicies;
import org.accountkit.spi.ApprovalPolicySnapshot;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Approval rules in {@code ak_approval_policy}. */
@SecondaryAdapter
final class JdbcApprovalPolicies implements ApprovalPolicies {

    private final JdbcTransactions transactions;

    JdbcApprovalPolicies(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<ApprovalPolicySnapshot> find(CustomerNumber customerNumber) {
        return transactions.withConnection("finding approval rules", connection -> Sql.queryOne(connection,
                "SELECT " + Rows.POLICY_COLUMNS + " FROM ak_approval_policy WHERE customer_number = ?",
                row -> Rows.policy(row, ""), customerNumber.value()));
    }

    @Override
    public void save(ApprovalPolicySnapshot policy) {
        Money threshold = policy.orderTotalThreshold();
        Money second = policy.secondApproverAbove();
        Object[] values = {threshold == null ? null : threshold.amount(),
            threshold == null ? null : threshold.currency().getCurrencyCode(),
            second == null ? null : second.amount(), second == null ? null : second.currency().getCurrencyCode(),
            policy.remindAfter().getSeconds(), policy.escalateAfter().getSeconds(),
            policy.expireAfter().getSeconds(), policy.recipients().name()};
        transactions.run(() -> saveIn(policy, values));
    }

    /** The rules and the renewal of the customer number's budget row versions, in the caller's transaction. */
    private void saveIn(ApprovalPolicySnapshot policy, Object[] values) {
        int stored = transactions.withConnection("saving approval rules", connection -> {
            if (policy.version() == 0) {
                try {
                    return Sql.update(connection, "INSERT INTO ak_approval_policy (" + Rows.POLICY_COLUMNS + ") "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", policy.customerNumber().value(), values[0],
                            values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
                } catch (SQLException failure) {
                    if (Sql.isUniqueViolation(failure)) {
                        return 0;
                    }
                    throw failure;
                }
            }
            try {
                return updateIn(connection, policy, values);
            } catch (SQLException failure) {
                if (Sql.isLostRace(failure)) {
                    return 0;
                }
                throw failure;
            }
        });
        if (stored != 1) {
            throw new ConcurrentModification("approval rules", policy.customerNumber());
        }
        transactions.withConnection("renewing budget versions", connection -> {
            JdbcBudgets.renewForCustomer(connection, policy.customerNumber());
            return null;
        });
    }

    private static int updateIn(Connection connection, ApprovalPolicySnapshot policy, Object[] values)
            throws SQLException {
        return Sql.update(connection, "UPDATE ak_approval_policy SET threshold_amount = ?, threshold_currency = ?, "
                + "second_approver_above = ?, second_approver_currency = ?, remind_after_seconds = ?, "
                + "escalate_after_seconds = ?, expire_after_seconds = ?, recipients = ?, version = version + 1 "
                + "WHERE customer_number = ? AND version = ?", values[0], values[1], values[2], values[3], values[4],
                values[5], values[6], values[7], policy.customerNumber().value(), policy.version());
    }
}
