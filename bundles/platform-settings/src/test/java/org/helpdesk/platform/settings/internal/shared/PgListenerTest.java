package org.helpdesk.platform.settings.internal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Two nodes listening on the real PostgreSQL. Their revision check is an hour apart, so whatever arrives within
 * seconds came through LISTEN/NOTIFY or the catch-up after the listener reconnected.
 */
@DisabledIfSystemProperty(named = "skip.postgresql.tests", matches = "true")
class PgListenerTest {

    private static final String TICKETS = "org.helpdesk.platform.tickets";
    private static final String SWITCH = "CustomerDisableCompanyTicketAccess";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private DataSource dataSource;
    private final FakeConfigurations localA = new FakeConfigurations();
    private final FakeConfigurations localB = new FakeConfigurations();
    private DbSharedSettings a;
    private DbSharedSettings b;

    @BeforeEach
    void twoListeningNodes() throws InterruptedException {
        dataSource = TestDatabases.postgresql().dataSource();
        a = new DbSharedSettings(dataSource, localA, Clock.systemUTC(), Duration.ofHours(1));
        b = new DbSharedSettings(dataSource, localB, Clock.systemUTC(), Duration.ofHours(1));
        a.start();
        b.start();
        await("both nodes listen", () -> a.listenerBackendPid() > 0 && b.listenerBackendPid() > 0);
    }

    @AfterEach
    void stopNodes() {
        a.stop();
        b.stop();
    }

    @Test
    void aSaveOnOneNodeIsAppliedByTheOtherThroughNotify() throws Exception {
        a.save(TICKETS, null, Map.of(SWITCH, true), "admin");
        await("node B applied the switch", () -> Boolean.TRUE.equals(localB.get(TICKETS, SWITCH)));

        b.save(TICKETS, null, Map.of(SWITCH, false), "admin");
        await("node A applied it back", () -> Boolean.FALSE.equals(localA.get(TICKETS, SWITCH)));
    }

    @Test
    void aListenerWhoseConnectionIsKilledReconnectsAndCatchesUpOnWhatItMissed() throws Exception {
        int killed = b.listenerBackendPid();
        // a save whose NOTIFY no listener of B hears: written behind the nodes' back, without NOTIFY
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("UPDATE hd_setting_revision SET revision = revision + 1 WHERE id = 1");
            statement.executeUpdate("INSERT INTO hd_setting (pid, property, value_type, value_text, revision, "
                    + "changed_at, changed_by) SELECT '" + TICKETS + "', '" + SWITCH + "', 'Boolean', 'true', revision, "
                    + "CURRENT_TIMESTAMP, 'test' FROM hd_setting_revision WHERE id = 1");
            connection.commit();
        }
        Thread.sleep(300);
        assertEquals(null, localB.get(TICKETS, SWITCH), "no NOTIFY, no check for an hour: not applied yet");

        try (Connection connection = dataSource.getConnection();
                PreparedStatement kill = connection.prepareStatement("SELECT pg_terminate_backend(?)")) {
            kill.setInt(1, killed);
            kill.executeQuery().close();
        }

        await("node B listens on a new connection", () -> b.listenerBackendPid() > 0 && b.listenerBackendPid() != killed);
        await("node B caught up after reconnecting", () -> Boolean.TRUE.equals(localB.get(TICKETS, SWITCH)));
        assertNotEquals(killed, b.listenerBackendPid());

        a.save(TICKETS, null, Map.of(SWITCH, false), "admin");
        await("the new listener hears the next save", () -> Boolean.FALSE.equals(localB.get(TICKETS, SWITCH)));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, what + " within " + WAIT);
            Thread.sleep(20);
        }
    }
}
