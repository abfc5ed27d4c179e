package org.helpdesk.platform.settings.internal.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLNonTransientConnectionException;

import javax.sql.DataSource;

/** A database that can be "stopped": then every new connection is refused, as when PostgreSQL is down. */
final class FaultyDataSource {

    volatile boolean down;
    final DataSource dataSource;

    FaultyDataSource(DataSource real) {
        dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    if (down && method.getName().equals("getConnection")) {
                        throw new SQLNonTransientConnectionException("Connection refused (test)", "08001");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

}
