package org.accountkit.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.accountkit.ConcurrentModification;

/** Prepared statements with bound parameters only; AccountKit never concatenates values into SQL. */
final class Sql {

    private static final Set<String> UNIQUE_VIOLATION = Set.of("23505");
    private static final Set<String> LOST_RACE = Set.of("40001", "40P01", "HYT00");
    /** H2's "concurrent update in table" and "deadlock" error codes. */
    private static final Set<Integer> H2_LOST_RACE = Set.of(90131, 40001);

    private Sql() {
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    static <T> Optional<T> queryOne(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        List<T> rows = query(connection, sql, mapper, parameters);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size() + " for: " + sql);
        }
        return rows.stream().findFirst();
    }

    static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        return queryOne(connection, sql, row -> row.getLong(1), parameters).orElse(0L);
    }

    /** A unique key or a lost race means another writer came first; anything else is a failure. */
    static RuntimeException lostRaceOr(SQLException failure, String what, Object key) {
        if (Sql.isUniqueViolation(failure) || Sql.isLostRace(failure)) {
            return new ConcurrentModification(what, key);
        }
        return new JdbcFailure("storing " + what + " " + key, failure);
    }

    /** Whether the statement broke a unique constraint. */
    static boolean isUniqueViolation(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && UNIQUE_VIOLATION.contains(state);
    }

    /** Whether the statement lost a race with another transaction (serialization, deadlock, lock timeout). */
    static boolean isLostRace(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && LOST_RACE.contains(state) || H2_LOST_RACE.contains(failure.getErrorCode());
    }

    /**
     * Binds one value with the setter of its type. Each setter call is its own call site, which the JIT compiles
     * far better than one {@code setObject} call taking every type (measured on the submit path).
     */
    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof java.util.UUID uuid) {
            statement.setObject(index, uuid);
        } else if (value instanceof java.math.BigDecimal decimal) {
            statement.setBigDecimal(index, decimal);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof java.time.OffsetDateTime moment) {
            statement.setObject(index, moment);
        } else {
            statement.setObject(index, value);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int index = 0; index < parameters.length; index++) {
                bind(statement, index + 1, parameters[index]);
            }
            return statement;
        } catch (SQLException failure) {
            statement.close();
            throw failure;
        }
    }
}
