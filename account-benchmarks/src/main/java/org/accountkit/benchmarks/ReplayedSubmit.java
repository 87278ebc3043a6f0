package org.accountkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

/**
 * A diagnostic contender: AccountKit's own submission statement, as it was recorded, sent the way the baseline
 * sends its statement (one connection and one prepared statement per thread, auto-commit, nothing else). Beside
 * the library and the baseline it tells the statement's cost on the server apart from everything the library does
 * around it: if it runs as fast as the baseline, the statement is not what makes the library slower.
 */
final class ReplayedSubmit implements Throughput.Operation {

    private final Connection connection;
    private final PreparedStatement statement;
    private final Map<Integer, Object> values;
    private final UUID recordedUser;
    private final List<UUID> users;

    /**
     * @param sent the library's statement for one order of {@code recordedUser}
     * @param users whom to order for: each order replaces the recorded user by one of them, and the order id by a
     *     new one
     */
    ReplayedSubmit(DataSource dataSource, Explain.Sent sent, UUID recordedUser, List<UUID> users) {
        try {
            this.connection = dataSource.getConnection();
            this.connection.setAutoCommit(true);
            this.statement = connection.prepareStatement(sent.sql());
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
        this.values = sent.values();
        this.recordedUser = recordedUser;
        this.users = users;
    }

    @Override
    public int run() throws SQLException {
        UUID user = users.get(ThreadLocalRandom.current().nextInt(users.size()));
        UUID order = SubmitBenchmark.ids.get();
        for (Map.Entry<Integer, Object> value : values.entrySet()) {
            Object bound = value.getValue();
            if (bound instanceof UUID id) {
                statement.setObject(value.getKey(), id.equals(recordedUser) ? user : order);
            } else if (bound instanceof String text && text.startsWith("bench-")) {
                statement.setObject(value.getKey(), "bench-" + UUID.randomUUID());
            } else {
                statement.setObject(value.getKey(), bound);
            }
        }
        if (statement.executeUpdate() != 1) {
            throw new IllegalStateException("the replayed statement stored no order");
        }
        return 1;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
        connection.close();
    }
}
