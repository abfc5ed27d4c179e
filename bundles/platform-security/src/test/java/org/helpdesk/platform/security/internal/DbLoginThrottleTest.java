package org.helpdesk.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.helpdesk.testsupport.MovableClock;
import org.helpdesk.testsupport.TestDatabases;
import org.helpdesk.testsupport.TestDatabases.Db;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The failed-login throttle on a real database, Derby and PostgreSQL, with one or two nodes. */
class DbLoginThrottleTest {

    private static final ThrottleRules THREE_IN_TEN = new ThrottleRules(3, Duration.ofMinutes(10),
            Duration.ofMinutes(5));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));

    static Stream<Db> databases() {
        return TestDatabases.all();
    }

    private DbLoginThrottle node(Db db, ThrottleRules rules) {
        return new DbLoginThrottle(db.dataSource(), rules, clock, DbLoginThrottle.MAX_ENTRIES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theLimitLocksTheNameIgnoringCaseUntilTheLockoutEnds(Db db) {
        DbLoginThrottle logins = node(db, THREE_IN_TEN);
        logins.failed("alice");
        logins.failed("ALICE ");
        assertFalse(logins.isLocked("alice"));
        logins.failed("Alice");
        assertTrue(logins.isLocked("alice"));
        assertFalse(logins.isLocked("bob"), "other names are not affected");
        clock.advance(Duration.ofMinutes(4));
        assertTrue(logins.isLocked("alice"));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(logins.isLocked("alice"));
        logins.failed("alice");
        assertFalse(logins.isLocked("alice"), "after a lockout the count starts again");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void failuresOutsideTheWindowAndSuccessesDoNotAddUp(Db db) {
        DbLoginThrottle logins = node(db, THREE_IN_TEN);
        logins.failed("bob");
        logins.failed("bob");
        clock.advance(Duration.ofMinutes(11));
        logins.failed("bob");
        assertFalse(logins.isLocked("bob"));
        logins.failed("bob");
        logins.succeeded("bob");
        logins.failed("bob");
        assertFalse(logins.isLocked("bob"));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRules(0, Duration.ofMinutes(1),
                Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRules(1, Duration.ZERO, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRules(1, Duration.ofMinutes(1),
                Duration.ofMinutes(-1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void fiveFailuresWithinFifteenMinutesLockForFiveMinutes(Db db) {
        DbLoginThrottle logins = new DbLoginThrottle(db.dataSource());
        DbLoginThrottle timed = node(db, ThrottleRules.DEFAULT);
        for (int i = 0; i < 4; i++) {
            timed.failed("carol");
            clock.advance(Duration.ofMinutes(3));
        }
        assertFalse(timed.isLocked("carol"), "four failures do not lock");
        timed.failed("carol");
        assertTrue(timed.isLocked("carol"), "the fifth, 12 minutes after the first, does");
        assertTrue(timed.isLocked(" CAROL"));
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertTrue(timed.isLocked("carol"));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(timed.isLocked("carol"));

        for (int i = 0; i < 4; i++) {
            timed.failed("dave");
            clock.advance(Duration.ofMinutes(4));
        }
        timed.failed("dave");
        assertFalse(timed.isLocked("dave"), "16 minutes: the first failure had left the window");

        for (int i = 0; i < 5; i++) {
            logins.failed("nobody-by-this-name");
        }
        assertTrue(logins.isLocked("Nobody-By-This-Name"), "the activated component has the same rules");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoNodesShareTheCountAndTheLock(Db db) {
        DbLoginThrottle one = node(db, THREE_IN_TEN);
        DbLoginThrottle two = node(db, THREE_IN_TEN);
        one.failed("erin");
        two.failed("Erin");
        assertFalse(one.isLocked("erin"));
        one.failed("erin");
        assertTrue(two.isLocked("erin"), "the third failure, on the other node, locks on both");
        assertTrue(one.isLocked("erin"));

        clock.advance(Duration.ofMinutes(5));
        one.failed("erin");
        two.failed("erin");
        two.succeeded("ERIN");
        one.failed("erin");
        one.failed("erin");
        assertFalse(one.isLocked("erin"), "a success on one node cleared the failures for both");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void failuresRecordedAtTheSameMomentAreCountedExactly(Db db) throws Exception {
        int threads = 8;
        int failuresEach = 10;
        ThrottleRules rules = new ThrottleRules(threads * failuresEach, Duration.ofMinutes(10), Duration.ofMinutes(5));
        List<DbLoginThrottle> nodes = List.of(node(db, rules), node(db, rules));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                DbLoginThrottle node = nodes.get(t % 2);
                String name = t % 2 == 0 ? "frank" : "FRANK";
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < failuresEach; i++) {
                        node.failed(name);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * failuresEach, failures(db.dataSource(), "frank"), "no failure lost, none counted twice");
        assertTrue(nodes.get(0).isLocked("frank"), "the last of them reached the limit");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void expiredRowsArePurgedOnceAMinute(Db db) throws SQLException {
        DbLoginThrottle logins = node(db, THREE_IN_TEN);
        logins.failed("gina");
        logins.failed("hank");
        logins.failed("hank");
        logins.failed("hank");
        assertEquals(2, rows(db.dataSource()));
        clock.advance(Duration.ofMinutes(10));
        logins.failed("ivan");
        assertEquals(1, rows(db.dataSource()), "gina's window and hank's lockout are over: both rows are gone");
        assertEquals(0, failures(db.dataSource(), "gina"));
        clock.advance(Duration.ofSeconds(30));
        logins.failed("judy");
        clock.advance(Duration.ofMinutes(9).plusSeconds(30));
        logins.failed("kim");
        assertEquals(2, rows(db.dataSource()), "ivan's window is over");
        clock.advance(Duration.ofSeconds(45));
        logins.failed("leo");
        assertEquals(3, rows(db.dataSource()), "not a minute since the last purge: judy's expired row is left");
        assertEquals(0, failures(db.dataSource(), "ivan"));
        clock.advance(Duration.ofSeconds(15));
        logins.failed("mia");
        assertEquals(3, rows(db.dataSource()), "the next purge: kim, leo, mia");
        assertEquals(0, failures(db.dataSource(), "judy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void overTheBoundTheNamesNotLockedAreForgottenButLocksStay(Db db) throws SQLException {
        DbLoginThrottle logins = new DbLoginThrottle(db.dataSource(), THREE_IN_TEN, clock, 3);
        for (int i = 0; i < 3; i++) {
            logins.failed("locked");
        }
        logins.failed("a");
        logins.failed("b");
        logins.failed("c");
        logins.failed("c");
        assertEquals(4, rows(db.dataSource()));
        clock.advance(Duration.ofMinutes(1));
        logins.failed("d");
        assertEquals(2, rows(db.dataSource()), "the locked name and the new failure");
        assertTrue(logins.isLocked("locked"));
        assertEquals(0, failures(db.dataSource(), "c"));
        assertEquals(1, failures(db.dataSource(), "d"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theTableHoldsNoTypedName(Db db) throws SQLException {
        DbLoginThrottle logins = node(db, THREE_IN_TEN);
        logins.failed("MySecretPassword1");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name_key FROM hd_login_failure")) {
            assertTrue(rs.next());
            assertEquals(NameKeys.of("mysecretpassword1"), rs.getString(1));
            assertFalse(rs.getString(1).toLowerCase().contains("secret"));
        }
        assertEquals(43, NameKeys.of("x".repeat(10_000)).length(), "however long the name");
    }

    private static int failures(DataSource dataSource, String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT failures FROM hd_login_failure WHERE name_key = ?")) {
            s.setString(1, NameKeys.of(name));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static int rows(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM hd_login_failure")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
