package org.helpdesk.platform.directory.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * One node's claim to load the demo data, a row committed in the database before anything is loaded: of nodes
 * that start at once on an empty database, exactly one gets it.
 */
final class DemoDataClaim {

    private static final String UNIQUE_VIOLATION = "23505";

    private DemoDataClaim() {
    }

    /**
     * @return whether this call claimed {@code name}; false when a node (this one or another) claimed it before
     * @throws SQLException when the database fails otherwise
     */
    static boolean claim(DataSource dataSource, String name, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO hd_demo_data_claim (name, claimed_at) VALUES (?, ?)")) {
            connection.setAutoCommit(true);
            insert.setString(1, name);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}
