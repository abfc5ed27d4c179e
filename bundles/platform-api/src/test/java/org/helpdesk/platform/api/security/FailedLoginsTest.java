package org.helpdesk.platform.api.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.helpdesk.testsupport.MovableClock;
import org.junit.jupiter.api.Test;

class FailedLoginsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final FailedLogins logins = new FailedLogins(3, Duration.ofMinutes(10), Duration.ofMinutes(5), clock);

    @Test
    void theLimitLocksTheNameIgnoringCaseUntilTheLockoutEnds() {
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

    @Test
    void failuresOutsideTheWindowAndSuccessesDoNotAddUp() {
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
        assertThrows(IllegalArgumentException.class, () -> new FailedLogins(0, Duration.ofMinutes(1),
                Duration.ofMinutes(1), clock));
        assertThrows(IllegalArgumentException.class, () -> new FailedLogins(1, Duration.ZERO, Duration.ofMinutes(1),
                clock));
    }
}
