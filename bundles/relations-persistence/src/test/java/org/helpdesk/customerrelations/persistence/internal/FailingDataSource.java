package org.helpdesk.customerrelations.persistence.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/** A DataSource whose JDBC batches fail from the Nth one on, to prove that nothing is half-written. */
final class FailingDataSource {

    private FailingDataSource() {
    }

    static DataSource failingAtBatch(DataSource target, AtomicInteger batchesLeft) {
        return proxy(DataSource.class, target, (method, result) -> method.equals("getConnection")
                ? proxy(Connection.class, result, (m2, r2) -> m2.equals("prepareStatement")
                        ? proxy(PreparedStatement.class, r2, null, batchesLeft) : r2, batchesLeft)
                : result, batchesLeft);
    }

    private interface Wrap {
        Object wrap(String method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Wrap wrap, AtomicInteger batchesLeft) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("executeBatch") && batchesLeft.decrementAndGet() < 0) {
                throw new SQLException("injected failure in a JDBC batch", "XX999");
            }
            try {
                Object result = method.invoke(target, args);
                return wrap == null || result == null ? result : wrap.wrap(method.getName(), result);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(FailingDataSource.class.getClassLoader(), new Class<?>[] { type }, handler);
    }
}
