package org.accountkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * What PostgreSQL itself spent on each statement, from {@code pg_stat_statements}: the server's side of a cell,
 * which the throughput on the client's side cannot tell apart from round trips, pooling and the JVM. The database
 * must be started with {@code shared_preload_libraries = pg_stat_statements}.
 */
final class ServerTime {

    private ServerTime() {
    }

    /** Creates the extension; after this the counters run. */
    static void enable(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
    }

    /** Forgets every statement counted so far. */
    static void reset(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /**
     * Prints, for every statement run at least {@code minimumCalls} times since the last reset, how often it ran
     * its mean execution time, how often it was planned and the mean planning time on the server, most total time first.
     */
    static void print(DataSource pool, String title, long minimumCalls) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT calls, mean_exec_time, "
                        + "mean_plan_time, shared_blks_hit + shared_blks_read, query, plans FROM pg_stat_statements "
                        + "WHERE calls >= ? AND query NOT LIKE '%pg_stat_statements%' "
                        + "ORDER BY total_exec_time DESC")) {
            query.setLong(1, minimumCalls);
            System.out.println("  " + title + " (server side, pg_stat_statements):");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String sql = rows.getString(5).replaceAll("\\s+", " ");
                    System.out.printf(Locale.ROOT, "    %,9d calls  exec %6.1f µs  %,9d plans of %5.1f µs  %5.1f blocks  %s%n",
                            rows.getLong(1), rows.getDouble(2) * 1000, rows.getLong(6), rows.getDouble(3) * 1000,
                            rows.getDouble(4) / rows.getLong(1), sql.length() > 90 ? sql.substring(0, 90) + "…" : sql);
                }
            }
        }
    }
}
