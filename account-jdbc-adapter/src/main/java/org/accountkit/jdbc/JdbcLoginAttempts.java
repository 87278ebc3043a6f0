package org.accountkit.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.accountkit.shared.EmailAddress;
import org.accountkit.spi.FailedLogins;
import org.accountkit.spi.LoginAttempts;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Failed logins in the login addresses' own table {@code ak_login}, the one global table: a known address counts on
 * its login row, an unknown one on a row without customer number and user (which adding a user with the address
 * takes over). Each failure is one conditional update (or, for an address without a row, an insert), so that
 * servers counting at the same moment add up.
 */
@SecondaryAdapter
final class JdbcLoginAttempts implements LoginAttempts {

    private static final int INSERT_RACES = 5;

    private final JdbcTransactions transactions;

    JdbcLoginAttempts(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<FailedLogins> find(EmailAddress address) {
        return transactions.withConnection("finding failed logins", connection -> Sql.queryOne(connection,
                "SELECT failed_logins, latest_failure_at FROM ak_login WHERE email_normalized = ? "
                        + "AND failed_logins > 0",
                row -> new FailedLogins(row.getInt(1), Rows.instant(row, "latest_failure_at")),
                address.normalized()));
    }

    @Override
    public void failed(EmailAddress address, Instant at, Instant countSince) {
        String normalized = address.normalized();
        for (int attempt = 1; ; attempt++) {
            int counted = transactions.writeAlone("counting a failed login", connection -> Sql.update(connection,
                    "UPDATE ak_login SET failed_logins = CASE WHEN failed_logins = 0 OR latest_failure_at < ? THEN 1 "
                            + "ELSE failed_logins + 1 END, latest_failure_at = ? WHERE email_normalized = ?",
                    Rows.at(countSince), Rows.at(at), normalized));
            if (counted > 0) {
                return;
            }
            boolean mayLose = attempt < INSERT_RACES;
            boolean inserted = transactions.writeAlone("counting a failed login", connection -> {
                try {
                    return Sql.update(connection, "INSERT INTO ak_login (email_normalized, failed_logins, "
                            + "latest_failure_at) VALUES (?, 1, ?)", normalized, Rows.at(at)) > 0;
                } catch (SQLException failure) {
                    if (Sql.isUniqueViolation(failure) && mayLose) {
                        return false;
                    }
                    throw failure;
                }
            });
            if (inserted) {
                return;
            }
        }
    }

    @Override
    public void clear(EmailAddress address) {
        transactions.writeAlone("forgetting failed logins", connection -> Sql.update(connection,
                "UPDATE ak_login SET failed_logins = 0, latest_failure_at = NULL WHERE email_normalized = ?",
                address.normalized()));
    }
}
