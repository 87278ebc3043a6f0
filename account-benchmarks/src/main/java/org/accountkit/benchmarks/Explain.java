package org.accountkit.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

/**
 * Prints PostgreSQL's plan, with timings and buffers, of a statement as it was sent: a data source that records
 * the text and the bound values of the first statement matching a prefix, and a way to run {@code EXPLAIN ANALYZE}
 * of it in a transaction that is rolled back, so that nothing it writes stays.
 */
final class Explain {

    /** A statement as it was sent: its text and its bound values by position. */
    record Sent(String sql, Map<Integer, Object> values) {
    }

    private Explain() {
    }

    /** A data source like {@code pool} that notes the first statement starting with {@code prefix} in {@code sent}. */
    static DataSource recording(DataSource pool, String prefix, AtomicReference<Sent> sent) {
        return (DataSource) Proxy.newProxyInstance(Explain.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Object result = invoke(pool, method, arguments);
                    return result instanceof Connection connection ? recording(connection, prefix, sent) : result;
                });
    }

    private static Connection recording(Connection connection, String prefix, AtomicReference<Sent> sent) {
        return (Connection) Proxy.newProxyInstance(Explain.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    Object result = invoke(connection, method, arguments);
                    if (result instanceof PreparedStatement statement && arguments[0] instanceof String sql
                            && sql.startsWith(prefix) && sent.get() == null) {
                        return recording(statement, sql, sent);
                    }
                    return result;
                });
    }

    private static PreparedStatement recording(PreparedStatement statement, String sql, AtomicReference<Sent> sent) {
        Map<Integer, Object> values = new TreeMap<>();
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getName().startsWith("set") && arguments != null && arguments.length >= 2
                    && arguments[0] instanceof Integer index) {
                values.put(index, arguments[1]);
            }
            if (method.getName().startsWith("execute")) {
                sent.compareAndSet(null, new Sent(sql, Map.copyOf(values)));
            }
            return invoke(statement, method, arguments);
        };
        return (PreparedStatement) Proxy.newProxyInstance(Explain.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    /** Prints the plan of {@code sent}, run for real in a transaction that is rolled back. */
    static void print(DataSource pool, String title, Sent sent) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, SUMMARY) "
                    + sent.sql())) {
                for (Map.Entry<Integer, Object> value : sent.values().entrySet()) {
                    explain.setObject(value.getKey(), value.getValue());
                }
                System.out.println("\n" + title + ":");
                try (ResultSet plan = explain.executeQuery()) {
                    while (plan.next()) {
                        System.out.println("  " + plan.getString(1));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
