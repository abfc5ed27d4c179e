package org.helpdesk.platform.directory.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.persistence.DatabaseFaults;
import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

/** A read while the database is down fails as a directory error that says so, not as MyBatis' exception. */
class DirectoryDatabaseFailureTest {

    @Test
    void aReadOfAStoppedDatabaseIsADatabaseError() {
        DataSource derby = TestDatabases.derby().dataSource();
        AtomicBoolean down = new AtomicBoolean();
        DirectoryDatabase database = new DirectoryDatabase(new SwitchableDataSource(derby, down));
        assertNull(database.read(s -> s.getMapper(CustomerMapper.class).find("acme")));
        down.set(true);
        DirectoryException failed = assertThrows(DirectoryException.class,
                () -> database.read(s -> s.getMapper(CustomerMapper.class).find("acme")));
        assertEquals(DirectoryException.Reason.DATABASE, failed.reason());
        assertTrue(failed.getMessage().startsWith("Database error: Connection refused"), failed.getMessage());
        assertTrue(DatabaseFaults.isUnavailable(failed), "callers can tell that the database is unavailable");
    }

    /** A DataSource that refuses connections as a stopped PostgreSQL does, while {@code down} is set. */
    private record SwitchableDataSource(DataSource target, AtomicBoolean down) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            if (down.get()) {
                throw new SQLException("Connection refused", "08001");
            }
            return target.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return target.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return target.isWrapperFor(iface);
        }
    }
}
