package org.helpdesk.platform.portal.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.helpdesk.testsupport.MovableClock;
import org.helpdesk.testsupport.TestDatabases;
import org.helpdesk.testsupport.TestDatabases.Db;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The portal's sessions on a real database, Derby and PostgreSQL, with one or two nodes. */
class SessionStoreTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

    static Stream<Db> databases() {
        return TestDatabases.all();
    }

    private SessionStore node(Db db) {
        return new SessionStore(db.dataSource(), clock, Duration.ofMinutes(30), 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void loginReplacesTheSessionKeepingOnlyTheLanguage(Db db) {
        SessionStore store = node(db);
        PortalSession anonymous = store.setLanguage(store.createAnonymous(null), "de");
        PortalSession user = store.logIn(anonymous, "alice");
        assertNotEquals(anonymous.id(), user.id());
        assertNotEquals(anonymous.csrfToken(), user.csrfToken());
        assertEquals(Optional.of("alice"), user.login());
        assertEquals(Optional.of("de"), user.language());
        assertTrue(store.find(anonymous.id()).isEmpty());
        assertEquals(Optional.of(user), store.find(user.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void idleSessionsExpireAndUseKeepsThemAlive(Db db) {
        SessionStore store = node(db);
        PortalSession session = store.logIn(null, "bob");
        clock.advance(Duration.ofMinutes(29));
        assertTrue(store.find(session.id()).isPresent());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(store.find(session.id()).isPresent(), "the last request restarted the idle time");
        clock.advance(Duration.ofMinutes(30));
        assertTrue(store.find(session.id()).isEmpty());
        assertEquals(0, store.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void endedAndUnknownSessionsAreGone(Db db) {
        SessionStore store = node(db);
        PortalSession session = store.logIn(null, "bob");
        store.end(session);
        assertTrue(store.find(session.id()).isEmpty());
        assertTrue(store.find("nope").isEmpty());
        assertTrue(store.find(null).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theStoreIsBoundedButExpiredSessionsMakeRoom(Db db) {
        SessionStore store = node(db);
        store.logIn(null, "alice");
        store.logIn(null, "bob");
        store.logIn(null, "carol");
        assertThrows(IllegalStateException.class, () -> store.createAnonymous(null));
        clock.advance(Duration.ofHours(1));
        store.createAnonymous(null);
        assertEquals(1, store.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void overTheBoundTheOldestSessionsBeforeLoginGo(Db db) {
        SessionStore store = node(db);
        PortalSession user = store.logIn(null, "alice");
        clock.advance(Duration.ofSeconds(1));
        PortalSession oldest = store.createAnonymous(null);
        clock.advance(Duration.ofSeconds(1));
        PortalSession newer = store.createAnonymous(null);
        clock.advance(Duration.ofSeconds(1));
        PortalSession newest = store.createAnonymous("de");
        assertEquals(3, store.size());
        assertTrue(store.find(oldest.id()).isEmpty(), "made room for the third");
        assertTrue(store.find(newer.id()).isPresent());
        assertTrue(store.find(newest.id()).isPresent());
        assertTrue(store.find(user.id()).isPresent(), "logged-in sessions stay");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoNodesServeTheSameSessions(Db db) {
        SessionStore one = node(db);
        SessionStore two = node(db);
        PortalSession anonymous = one.createAnonymous(null);
        PortalSession onTwo = two.find(anonymous.id()).orElseThrow();
        assertEquals(anonymous.csrfToken(), onTwo.csrfToken(), "the login form of node one posts to node two");
        PortalSession user = two.logIn(two.setLanguage(onTwo, "de"), "alice");
        assertTrue(one.find(anonymous.id()).isEmpty());
        assertEquals(Optional.of(user), one.find(user.id()));
        assertEquals(Optional.of("de"), one.find(user.id()).orElseThrow().language());
        one.end(user);
        assertTrue(two.find(user.id()).isEmpty(), "logged out on both");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theLastSeenTimeIsWrittenAtMostOnceAMinute(Db db) {
        SessionStore one = node(db);
        SessionStore two = node(db);
        PortalSession session = one.logIn(null, "bob");
        Instant created = session.lastSeen();
        clock.advance(Duration.ofSeconds(59));
        assertEquals(created, one.find(session.id()).orElseThrow().lastSeen(), "not written");
        assertEquals(created, two.find(session.id()).orElseThrow().lastSeen(), "the database has the old time");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(clock.instant(), one.find(session.id()).orElseThrow().lastSeen(), "a minute old: written");
        assertEquals(clock.instant(), two.find(session.id()).orElseThrow().lastSeen());
        clock.advance(Duration.ofSeconds(30));
        two.find(session.id());
        clock.advance(Duration.ofMinutes(30).minusSeconds(30));
        assertTrue(one.find(session.id()).isEmpty(),
                "idle 30 minutes since the last written use (the use in between was within the minute)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void logOutEverywhereEndsAllSessionsOfTheLoginOnAllNodes(Db db) {
        SessionStore one = new SessionStore(db.dataSource(), clock, Duration.ofMinutes(30), 100);
        SessionStore two = new SessionStore(db.dataSource(), clock, Duration.ofMinutes(30), 100);
        PortalSession laptop = one.logIn(null, "alice");
        PortalSession phone = two.logIn(null, "Alice");
        PortalSession bob = one.logIn(null, "bob");
        PortalSession anonymous = two.createAnonymous(null);
        assertEquals(2, one.endAll("ALICE"));
        assertTrue(two.find(laptop.id()).isEmpty());
        assertTrue(one.find(phone.id()).isEmpty());
        assertTrue(one.find(bob.id()).isPresent(), "other users stay logged in");
        assertTrue(one.find(anonymous.id()).isPresent());
        assertEquals(0, two.endAll("alice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void idleSessionsArePurgedAtMostOnceAMinute(Db db) {
        SessionStore store = new SessionStore(db.dataSource(), clock, Duration.ofMinutes(30), 100);
        store.createAnonymous(null);
        store.logIn(null, "alice");
        clock.advance(Duration.ofMinutes(29).plusSeconds(30));
        store.createAnonymous(null);
        clock.advance(Duration.ofSeconds(30));
        store.createAnonymous(null);
        assertEquals(4, store.size(), "the first two are idle, but the last purge was 30 seconds ago");
        clock.advance(Duration.ofSeconds(30));
        store.createAnonymous(null);
        assertEquals(3, store.size(), "abandoned sessions are purged without being asked for");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSessionIdIsNeverStored(Db db) throws SQLException {
        SessionStore store = node(db);
        PortalSession session = store.logIn(null, "alice");
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM hd_portal_session")) {
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    values.add(rs.getString(i));
                }
            }
        }
        assertFalse(values.contains(session.id()));
        assertTrue(values.contains(Tokens.hash(session.id())));
        assertTrue(values.contains(session.csrfToken()));
        assertTrue(values.contains("alice"));
    }
}
