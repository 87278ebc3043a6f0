package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.accountkit.ConcurrentModification;
import org.accountkit.spi.Transactions;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Transactions on a {@link DataSource}: the connection of the current transaction is bound to the thread, and the
 * repositories use it while it is open. Outside a transaction each repository call takes a connection of its own.
 * Runs at the database's default isolation (READ COMMITTED on PostgreSQL and H2); the version columns and unique
 * constraints keep the guarantees.
 */
@SecondaryAdapter
final class JdbcTransactions implements Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    JdbcTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error | SQLException failure) {
                rollback(connection, failure);
                throw failure;
            } finally {
                current.remove();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException failure) {
            if (Sql.isLostRace(failure)) {
                throw new ConcurrentModification("transaction", failure.getSQLState());
            }
            throw new JdbcFailure("transaction", failure);
        }
    }

    /** Runs {@code work} on the transaction's connection, or on a connection of its own outside one. */
    <T> T withConnection(String doing, SqlWork<T> work) {
        Connection connection = current.get();
        try {
            if (connection != null) {
                return work.apply(connection);
            }
            try (Connection own = dataSource.getConnection()) {
                return work.apply(own);
            }
        } catch (SQLException failure) {
            throw new JdbcFailure(doing, failure);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
