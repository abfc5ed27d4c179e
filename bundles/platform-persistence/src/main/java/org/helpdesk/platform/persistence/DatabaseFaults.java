package org.helpdesk.platform.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, refusing connections, the connection lost)
 * from other failures, so that entry points answer "unavailable, try again" (HTTP 503) instead of "error".
 *
 * @since 1.1
 */
public final class DatabaseFaults {

    // Causes are followed this deep at most: a cycle or a pathological chain must not hang a request.
    private static final int MAX_DEPTH = 32;

    private DatabaseFaults() {
    }

    /**
     * @param failure what a database call threw, wrapped as often as MyBatis, the pool or a service did
     * @return whether some cause says the database could not be reached: a connection exception (SQLState class
     *         08), PostgreSQL's shutdown and start-up states (57P01-57P03), too many connections (53300), or a
     *         refused TCP connection
     */
    public static boolean isUnavailable(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
                return true;
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return false;
    }

    static boolean isUnavailableState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03") || sqlState.equals("53300"));
    }
}
