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

    private static final System.Logger LOG = System.getLogger("org.accountkit.jdbc");

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
            Throwable failed = null;
            try {
                T result = work.get();
                commit(connection);
                return result;
            } catch (RuntimeException | Error | SQLException failure) {
                failed = failure;
                rollback(connection, failure);
                throw failure;
            } finally {
                current.remove();
                restore(connection, autoCommit, failed);
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
        return run(doing, work, false);
    }

    /**
     * Runs a write that stores everything it stores in one statement: on the transaction's connection, or outside
     * one as a statement that commits by itself. Outside a transaction, a connection that broke during the statement
     * leaves its outcome unknown (the database may have committed it before the answer was lost):
     * {@link org.accountkit.OutcomeUnknown}. Failures the database reported as such (a constraint, a lost race)
     * stored nothing and stay {@link JdbcFailure}s.
     */
    <T> T writeAlone(String doing, SqlWork<T> work) {
        return run(doing, work, true);
    }

    private <T> T run(String doing, SqlWork<T> work, boolean aloneItCommits) {
        Connection connection = current.get();
        try {
            if (connection != null) {
                return work.apply(connection);
            }
            try (Connection own = dataSource.getConnection()) {
                try {
                    return work.apply(own);
                } catch (SQLException failure) {
                    if (aloneItCommits && isConnectionFailure(failure)) {
                        throw new JdbcCommitUnknown(doing, failure);
                    }
                    throw failure;
                }
            }
        } catch (SQLException failure) {
            throw new JdbcFailure(doing, failure);
        }
    }

    /** SQLState class 08, or none at all: the connection broke, and with it any answer the database sent. */
    private static boolean isConnectionFailure(SQLException failure) {
        String state = failure.getSQLState();
        return state == null || state.startsWith("08");
    }

    /**
     * Commits. A failure that the database reported as a lost race (a serialization failure at commit) means
     * nothing was stored; any other failure of the commit means the answer was lost and the change may be stored:
     * {@link org.accountkit.OutcomeUnknown}.
     */
    private static void commit(Connection connection) throws SQLException {
        try {
            connection.commit();
        } catch (SQLException failure) {
            if (Sql.isLostRace(failure)) {
                throw failure;
            }
            throw new JdbcCommitUnknown(failure);
        }
    }

    /**
     * Gives the connection its auto-commit back. On a broken connection that fails too: after a failure the failure
     * stays what the caller sees (this one is added to it as suppressed); after a commit the change stands and the
     * pool, which resets and tests connections itself, is left to deal with it.
     */
    private static void restore(Connection connection, boolean autoCommit, Throwable failed) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException resetFailure) {
            if (failed != null) {
                failed.addSuppressed(resetFailure);
            } else {
                LOG.log(System.Logger.Level.WARNING, "resetting auto-commit after a commit failed; the change "
                        + "stands", resetFailure);
            }
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
