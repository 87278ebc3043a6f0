package org.accountkit.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.accountkit.testkit.FaultPlan;

/** A database whose connections let a test break a call: the commit, the reset of auto-commit, and so on. */
final class FaultyConnections {

    private FaultyConnections() {
    }

    /** What happens to one call on a connection: usually {@code real.call()} around a check that may throw. */
    interface Fault {
        Object call(Method method, Object[] arguments, Call real) throws Throwable;
    }

    /** The call as the real connection would answer it. */
    interface Call {
        Object call() throws Throwable;
    }

    /** {@code database}, with every call on its connections passed through {@code fault}. */
    static DataSource of(DataSource database, Fault fault) {
        return (DataSource) Proxy.newProxyInstance(FaultyConnections.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    Object answer = invoke(database, method, arguments);
                    if (!(answer instanceof Connection connection)) {
                        return answer;
                    }
                    return Proxy.newProxyInstance(FaultyConnections.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (connectionProxy, call, values) ->
                                    fault.call(call, values, () -> invoke(connection, call, values)));
                });
    }

    /**
     * {@code database}, failing where {@code plan} says: a statement before it runs or after it ran (its answer
     * lost), a commit before or after it went through. Each failure is what a dropped connection gives, SQLState
     * 08006.
     */
    static DataSource planned(DataSource database, FaultPlan plan) {
        return of(database, (method, arguments, real) -> {
            if (method.getName().equals("commit")) {
                if (plan.failCommit()) {
                    throw dropped("the commit failed");
                }
                Object done = real.call();
                if (plan.loseCommitAnswer()) {
                    throw dropped("the answer to the commit was lost");
                }
                return done;
            }
            Object answer = real.call();
            if (answer instanceof Statement statement) {
                Class<?> type = answer instanceof CallableStatement ? CallableStatement.class
                        : answer instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(FaultyConnections.class.getClassLoader(), new Class<?>[] {type},
                        (proxy, call, values) -> {
                            if (!call.getName().startsWith("execute")) {
                                return invoke(statement, call, values);
                            }
                            if (plan.failStatement()) {
                                throw dropped("a statement failed");
                            }
                            Object result = invoke(statement, call, values);
                            if (plan.loseStatementAnswer()) {
                                throw dropped("the answer to a statement was lost");
                            }
                            return result;
                        });
            }
            return answer;
        });
    }

    private static SQLException dropped(String what) {
        return new SQLException("injected: " + what + " (connection reset)", "08006");
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
