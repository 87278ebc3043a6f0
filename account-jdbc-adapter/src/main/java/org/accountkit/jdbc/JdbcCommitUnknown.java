package org.accountkit.jdbc;

import java.sql.SQLException;

import org.accountkit.OutcomeUnknown;

/**
 * The database's answer to a commit, or to a statement that commits by itself, was lost; the cause carries the
 * driver's {@link SQLException}.
 */
final class JdbcCommitUnknown extends OutcomeUnknown {

    private static final long serialVersionUID = 1L;

    JdbcCommitUnknown(SQLException cause) {
        this("a transaction", cause);
    }

    JdbcCommitUnknown(String doing, SQLException cause) {
        super(doing, cause);
    }
}
