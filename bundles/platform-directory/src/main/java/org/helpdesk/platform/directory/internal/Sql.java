package org.helpdesk.platform.directory.internal;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.apache.ibatis.exceptions.PersistenceException;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;

/** Turns database failures into {@link DirectoryException}s. */
final class Sql {

    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /**
     * Runs {@code work}; a unique-key violation (two admins creating the same ID at once) becomes
     * {@code duplicate}, any other database failure a {@link Reason#DATABASE} error.
     */
    static <T> T run(Supplier<T> work, Supplier<DirectoryException> duplicate) {
        try {
            return work.get();
        } catch (PersistenceException e) {
            SQLException sql = sqlCause(e);
            if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw duplicate.get();
            }
            throw new DirectoryException(Reason.DATABASE, null,
                    "Database error: " + (sql == null ? e.getMessage() : sql.getMessage()), e);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
