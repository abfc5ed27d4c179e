package org.helpdesk.platform.settings.internal.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One connection of the pool kept for {@code LISTEN} on a channel. The only class that touches the PostgreSQL
 * driver, whose package this bundle imports optionally: on Derby it is never loaded.
 */
final class PgChannel implements AutoCloseable {

    private final Connection connection;
    private final PGConnection pg;

    private PgChannel(Connection connection) throws SQLException {
        this.connection = connection;
        this.pg = connection.unwrap(PGConnection.class);
    }

    static PgChannel listen(DataSource dataSource, String channel) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            PgChannel listening = new PgChannel(connection);
            // LISTEN takes effect when its transaction commits
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel);
            }
            return listening;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Waits up to {@code millis} for notifications, taking all that arrived.
     *
     * @return whether any arrived
     * @throws SQLException when the connection broke
     */
    boolean await(int millis) throws SQLException {
        PGNotification[] notifications = pg.getNotifications(millis);
        return notifications != null && notifications.length > 0;
    }

    /** @return the server process of this connection, which {@code pg_terminate_backend} ends */
    int backendPid() {
        return pg.getBackendPID();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // a broken connection: the pool drops it
        }
    }
}
