package org.helpdesk.platform.portal.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.helpdesk.testsupport.MovableClock;
import org.junit.jupiter.api.Test;

class SessionStoreTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SessionStore store = new SessionStore(clock, Duration.ofMinutes(30), 3);

    @Test
    void loginReplacesTheSessionKeepingOnlyTheLanguage() {
        PortalSession anonymous = store.createAnonymous(null);
        anonymous.setLanguage("de");
        PortalSession user = store.logIn(anonymous, "alice");
        assertNotEquals(anonymous.id(), user.id());
        assertNotEquals(anonymous.csrfToken(), user.csrfToken());
        assertEquals(Optional.of("alice"), user.login());
        assertEquals(Optional.of("de"), user.language());
        assertTrue(store.find(anonymous.id()).isEmpty());
        assertEquals(Optional.of(user), store.find(user.id()));
    }

    @Test
    void idleSessionsExpireAndUseKeepsThemAlive() {
        PortalSession session = store.logIn(null, "bob");
        clock.advance(Duration.ofMinutes(29));
        assertTrue(store.find(session.id()).isPresent());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(store.find(session.id()).isPresent(), "the last request restarted the idle time");
        clock.advance(Duration.ofMinutes(30));
        assertTrue(store.find(session.id()).isEmpty());
        assertEquals(0, store.size());
    }

    @Test
    void endedAndUnknownSessionsAreGone() {
        PortalSession session = store.logIn(null, "bob");
        store.end(session);
        assertTrue(store.find(session.id()).isEmpty());
        assertTrue(store.find("nope").isEmpty());
        assertTrue(store.find(null).isEmpty());
    }

    @Test
    void theStoreIsBoundedButExpiredSessionsMakeRoom() {
        store.createAnonymous(null);
        store.createAnonymous(null);
        store.createAnonymous(null);
        assertThrows(IllegalStateException.class, () -> store.createAnonymous(null));
        clock.advance(Duration.ofHours(1));
        store.createAnonymous(null);
        assertEquals(1, store.size());
    }
}
