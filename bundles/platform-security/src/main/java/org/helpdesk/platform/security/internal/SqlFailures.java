package org.helpdesk.platform.security.internal;

import java.sql.SQLException;
import java.util.Set;

/** Which database errors a second attempt can overcome, by SQLState, the same on Derby and PostgreSQL. */
final class SqlFailures {

    /** Unique key violated: another node inserted the same key first. */
    private static final String DUPLICATE_KEY = "23505";
    /** Deadlock victim or serialization failure (both), deadlock (PostgreSQL), lock wait timeout (Derby). */
    private static final Set<String> CONTENTION = Set.of("40001", "40P01", "40XL1", "40XL2");

    private SqlFailures() {
    }

    static boolean isDuplicateKey(Throwable failure) {
        return hasState(failure, Set.of(DUPLICATE_KEY));
    }

    static boolean isContention(Throwable failure) {
        return hasState(failure, CONTENTION);
    }

    private static boolean hasState(Throwable failure, Set<String> states) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (states.contains(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
