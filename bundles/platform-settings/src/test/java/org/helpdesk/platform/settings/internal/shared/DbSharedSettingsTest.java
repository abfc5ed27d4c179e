package org.helpdesk.platform.settings.internal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.helpdesk.testsupport.MovableClock;
import org.helpdesk.testsupport.TestDatabases;
import org.helpdesk.testsupport.TestDatabases.Db;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Settings shared through the database by two nodes, each with its own ConfigAdmin, on Derby and PostgreSQL. */
class DbSharedSettingsTest {

    private static final String TICKETS = "org.helpdesk.platform.tickets";
    private static final String SWITCH = "CustomerDisableCompanyTicketAccess";
    private static final Duration NEVER = Duration.ofHours(1);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));

    static Stream<Db> databases() {
        return TestDatabases.all();
    }

    private DbSharedSettings node(DataSource dataSource, FakeConfigurations local) {
        return new DbSharedSettings(dataSource, local, clock, NEVER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSaveOnOneNodeIsReadAtOnceAndAppliedToTheOthersConfigAdminAtItsNextCheck(Db db) throws IOException {
        FakeConfigurations localA = new FakeConfigurations();
        FakeConfigurations localB = new FakeConfigurations();
        DbSharedSettings a = node(db.dataSource(), localA);
        DbSharedSettings b = node(db.dataSource(), localB);
        assertEquals(Optional.empty(), b.value(TICKETS, SWITCH));

        a.save(TICKETS, null, Map.of(SWITCH, true), "admin");

        assertEquals(Boolean.TRUE, localA.get(TICKETS, SWITCH), "the saving node applies it itself");
        assertEquals(Optional.of("true"), b.value(TICKETS, SWITCH), "every node reads the database's value");
        assertEquals(null, localB.get(TICKETS, SWITCH));
        b.catchUp();
        assertEquals(Boolean.TRUE, localB.get(TICKETS, SWITCH));
        int updates = localB.updates.size();
        b.catchUp();
        a.catchUp();
        assertEquals(updates, localB.updates.size(), "nothing new: no ConfigAdmin update");
        assertEquals(1, localA.updates.size(), "the saving node's own save is not applied twice");

        a.save(TICKETS, null, Map.of(SWITCH, false), "admin");
        b.catchUp();
        assertEquals(Boolean.FALSE, localB.get(TICKETS, SWITCH));
        assertEquals(Optional.of("false"), a.value(TICKETS, SWITCH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aNodeStartingLaterTakesTheSavedRowsOverItsOwnFiles(Db db) throws IOException {
        node(db.dataSource(), new FakeConfigurations()).save(TICKETS, null,
                Map.of(SWITCH, true, "pageSize", 50, "hosts", new String[] { "a", "b,c" }), "admin");
        FakeConfigurations late = new FakeConfigurations();
        late.configurations.put(TICKETS, new HashMap<>(Map.of(SWITCH, false, "pageSize", 50, "unsaved", "x")));

        node(db.dataSource(), late);

        assertEquals(Boolean.TRUE, late.get(TICKETS, SWITCH));
        assertEquals("x", late.get(TICKETS, "unsaved"), "properties never saved through the view stay as the files say");
        assertEquals(1, late.updates.size());
        assertEquals(Map.of(SWITCH, true, "hosts", java.util.List.of("a", "b,c")), withListsAsLists(
                late.updates.get(0).changed()), "only the differences are applied");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDatabaseFaultInTheMiddleOfASaveWritesNothingAnywhere(Db db) throws Exception {
        FakeConfigurations local = new FakeConfigurations();
        local.configurations.put(TICKETS, new HashMap<>(Map.of(SWITCH, false)));
        DbSharedSettings a = node(db.dataSource(), local);
        long revision = revision(db.dataSource());
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put(SWITCH, true);
        // longer than the column holds: the second row fails after the first was written in the transaction
        changed.put("welcome", "x".repeat(9000));

        IOException failure = assertThrows(IOException.class, () -> a.save(TICKETS, null, changed, "admin"));

        assertTrue(failure.getMessage().contains("in the database"), failure.getMessage());
        assertEquals(Optional.empty(), a.value(TICKETS, SWITCH), "the first row was rolled back");
        assertEquals(revision, revision(db.dataSource()));
        assertEquals(Boolean.FALSE, local.get(TICKETS, SWITCH), "ConfigAdmin is not touched");
        assertTrue(local.updates.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStoppedDatabaseRefusesTheSaveLeavesConfigAdminAloneAndIsFollowedAgainWhenBack(Db db) throws IOException {
        FaultyDataSource database = new FaultyDataSource(db.dataSource());
        FakeConfigurations localA = new FakeConfigurations();
        FakeConfigurations localB = new FakeConfigurations();
        DbSharedSettings a = node(database.dataSource, localA);
        DbSharedSettings b = node(db.dataSource(), localB);
        database.down = true;

        assertThrows(IOException.class, () -> a.save(TICKETS, null, Map.of(SWITCH, true), "admin"));
        assertThrows(RuntimeException.class, () -> a.value(TICKETS, SWITCH), "no stale answer");
        assertTrue(localA.updates.isEmpty());
        b.save(TICKETS, null, Map.of(SWITCH, true), "admin");
        assertThrows(RuntimeException.class, a::catchUp);
        assertFalse(localA.configurations.containsKey(TICKETS));

        database.down = false;
        a.catchUp();
        assertEquals(Boolean.TRUE, localA.get(TICKETS, SWITCH));
    }

    private static Map<String, Object> withListsAsLists(Map<String, Object> values) {
        Map<String, Object> copy = new HashMap<>();
        values.forEach((k, v) -> copy.put(k, v instanceof String[] array ? java.util.List.of(array) : v));
        return copy;
    }

    static long revision(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT revision FROM hd_setting_revision WHERE id = 1")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
