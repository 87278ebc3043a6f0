package org.accountkit.jdbc;

import java.sql.SQLException;

/**
 * The database failed in a way AccountKit cannot name as a business fact: unreachable, out of space, a schema that
 * was not migrated. The cause carries the driver's {@link SQLException}; nothing of the use case was stored.
 */
public final class JdbcFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JdbcFailure(String doing, SQLException cause) {
        super(doing + " failed: " + cause.getMessage() + " (SQLState " + cause.getSQLState() + ")", cause);
    }

    JdbcFailure(String message) {
        super(message);
    }
}
