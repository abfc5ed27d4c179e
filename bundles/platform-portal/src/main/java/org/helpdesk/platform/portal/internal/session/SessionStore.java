package org.helpdesk.platform.portal.internal.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The portal's sessions, kept apart from the container's {@code HttpSession}: the whiteboard shares
 * one container session (and its {@code JSESSIONID} cookie) between the admin shell and the portal,
 * while the portal's own cookie is scoped to {@code /portal} and names only a portal session. A
 * component of its own, so sessions outlive a restart of the servlet when a service it uses comes back.
 */
@Component(service = SessionStore.class)
public class SessionStore {

    /** Idle time after which a session ends. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** Upper bound of sessions kept, so anonymous requests cannot exhaust the memory. */
    public static final int MAX_SESSIONS = 100_000;

    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final Map<String, PortalSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idleTimeout;
    private final int maxSessions;
    private volatile Instant lastPurge;

    @Activate
    public SessionStore() {
        this(Clock.systemUTC(), IDLE_TIMEOUT, MAX_SESSIONS);
    }

    SessionStore(Clock clock, Duration idleTimeout, int maxSessions) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.maxSessions = maxSessions;
        this.lastPurge = clock.instant();
    }

    /** @return the live session with this ID, its idle time restarted; empty for unknown or expired IDs */
    public Optional<PortalSession> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        PortalSession session = sessions.get(id);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (expired(session, now)) {
            sessions.remove(id, session);
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    /**
     * @return a new session without login (it carries the login form's CSRF token and the language)
     * @throws IllegalStateException when {@link #MAX_SESSIONS} live sessions exist
     */
    public PortalSession createAnonymous(String language) {
        return add(null, language);
    }

    /**
     * Logs in: ends {@code previous} (if any) and starts a new session with a new ID and CSRF token,
     * keeping the language the user picked. Protects against session fixation.
     */
    public PortalSession logIn(PortalSession previous, String login) {
        String language = null;
        if (previous != null) {
            language = previous.language().orElse(null);
            sessions.remove(previous.id(), previous);
        }
        return add(login, language);
    }

    /** Ends the session. */
    public void end(PortalSession session) {
        sessions.remove(session.id(), session);
    }

    /** @return the number of sessions kept, live or not yet purged */
    public int size() {
        return sessions.size();
    }

    private PortalSession add(String login, String language) {
        Instant now = clock.instant();
        purgeExpired(now, sessions.size() >= maxSessions);
        if (sessions.size() >= maxSessions) {
            throw new IllegalStateException("Too many portal sessions: " + sessions.size());
        }
        PortalSession session = new PortalSession(Tokens.random(), login, language, now);
        sessions.put(session.id(), session);
        return session;
    }

    private void purgeExpired(Instant now, boolean force) {
        if (force || Duration.between(lastPurge, now).compareTo(PURGE_INTERVAL) >= 0) {
            lastPurge = now;
            sessions.values().removeIf(session -> expired(session, now));
        }
    }

    private boolean expired(PortalSession session, Instant now) {
        return Duration.between(session.lastAccess(), now).compareTo(idleTimeout) >= 0;
    }
}
