package org.helpdesk.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {

    @Test
    void aRefusedConnectionDeepInThePoolsWrappingIsUnavailable() {
        // what dbcp2 and MyBatis make of PostgreSQL refusing the connection (SQLState 08001)
        SQLException driver = new SQLException("Connection to 127.0.0.1:5432 refused", "08001",
                new ConnectException("Connection refused"));
        SQLException pool = new SQLException("Cannot create PoolableConnectionFactory", driver);
        assertTrue(DatabaseFaults.isUnavailable(new PersistenceException("### Error querying database", pool)));
    }

    @Test
    void serverShutdownAndTooManyConnectionsAreUnavailable() {
        assertTrue(DatabaseFaults.isUnavailable(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(DatabaseFaults.isUnavailable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseFaults.isUnavailable(new SQLException("too many clients", "53300")));
        assertTrue(DatabaseFaults.isUnavailable(new RuntimeException(new SQLTransientConnectionException("gone"))));
        assertTrue(DatabaseFaults.isUnavailable(new SQLException("An I/O error occurred", "08006")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseFaults.isUnavailable(new SQLIntegrityConstraintViolationException("duplicate", "23505")));
        assertFalse(DatabaseFaults.isUnavailable(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseFaults.isUnavailable(new SQLException("canceling statement due to user request", "57014")));
        assertFalse(DatabaseFaults.isUnavailable(new IllegalStateException("bug")));
        assertFalse(DatabaseFaults.isUnavailable(null));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseFaults.isUnavailable(first));
    }
}
