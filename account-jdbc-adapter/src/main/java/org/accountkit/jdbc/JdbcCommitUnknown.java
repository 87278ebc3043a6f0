package org.accountkit.jdbc;

import java.sql.SQLException;

import org.accountkit.OutcomeUnknown;

/** The database's answer to a commit was lost; the cause carries the driver's {@link SQLException}. */
final class JdbcCommitUnknown extends OutcomeUnknown {

    private static final long serialVersionUID = 1L;

    JdbcCommitUnknown(SQLException cause) {
        super("a transaction", cause);
    }
}
