package org.accountkit.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.accountkit.spi.FailedLogins;
import org.accountkit.spi.LoginAttempts;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Failed logins in {@code ak_login_attempt}, one row per address key. Global like {@code ak_login}: a login names
 * no customer number. Each failure is one conditional update (or, for the first, an insert), so that servers
 * counting at the same moment add up.
 */
@SecondaryAdapter
final class JdbcLoginAttempts implements LoginAttempts {

    private static final int INSERT_RACES = 5;

    private final JdbcTransactions transactions;

    JdbcLoginAttempts(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<FailedLogins> find(String addressKey) {
        return transactions.withConnection("finding failed logins", connection -> Sql.queryOne(connection,
                "SELECT failures, latest_at FROM ak_login_attempt WHERE address_key = ?",
                row -> new FailedLogins(row.getInt("failures"), Rows.instant(row, "latest_at")), addressKey));
    }

    @Override
    public void failed(String addressKey, Instant at, Instant countSince) {
        for (int attempt = 1; ; attempt++) {
            int counted = transactions.writeAlone("counting a failed login", connection -> Sql.update(connection,
                    "UPDATE ak_login_attempt SET failures = CASE WHEN latest_at < ? THEN 1 ELSE failures + 1 END, "
                            + "latest_at = ? WHERE address_key = ?", Rows.at(countSince), Rows.at(at), addressKey));
            if (counted > 0) {
                return;
            }
            boolean mayLose = attempt < INSERT_RACES;
            boolean inserted = transactions.writeAlone("counting a first failed login", connection -> {
                try {
                    return Sql.update(connection, "INSERT INTO ak_login_attempt (address_key, failures, latest_at) "
                            + "VALUES (?, 1, ?)", addressKey, Rows.at(at)) > 0;
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
    public void clear(String addressKey) {
        transactions.writeAlone("forgetting failed logins", connection -> Sql.update(connection,
                "DELETE FROM ak_login_attempt WHERE address_key = ?", addressKey));
    }
}
