package org.helpdesk.platform.directory.internal;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.apache.ibatis.exceptions.PersistenceException;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.directory.internal.db.DirectoryDatabase;

/** Turns database failures into {@link DirectoryException}s. */
final class Sql {

    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /**
     * Runs {@code work}; a unique-key violation (two admins creating the same ID at once) becomes
     * {@code duplicate}, any other database failure a {@link DirectoryException.Reason#DATABASE} error.
     */
    static <T> T run(Supplier<T> work, Supplier<DirectoryException> duplicate) {
        try {
            return work.get();
        } catch (PersistenceException e) {
            SQLException sql = DirectoryDatabase.sqlCause(e);
            if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw duplicate.get();
            }
            throw DirectoryDatabase.failed(e);
        }
    }
}
