package org.accountkit.jdbc;

import java.sql.SQLException;

import org.accountkit.StorageFailure;

/**
 * The database failed in a way AccountKit cannot name as a business fact: unreachable, out of space, a schema that
 * was not migrated. The cause carries the driver's {@link SQLException} (with its SQLState). An
 * {@link org.accountkit.AccountException}, like every error a use case throws.
 */
public final class JdbcFailure extends StorageFailure {

    private static final long serialVersionUID = 1L;

    JdbcFailure(String doing, SQLException cause) {
        super(doing, cause);
    }
}
