package org.accountkit.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

import javax.sql.DataSource;

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

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
