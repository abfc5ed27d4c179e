package org.helpdesk.platform.portal.internal.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSession;
import org.helpdesk.platform.persistence.SchemaMigrations;
import org.helpdesk.platform.persistence.Sessions;
import org.helpdesk.platform.persistence.SqlSessionFactories;
import org.helpdesk.platform.portal.internal.session.db.SessionMapper;
import org.helpdesk.platform.portal.internal.session.db.StoredSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The portal's sessions, in the {@code helpdesk} database so that any node serves any request, and kept apart
 * from the container's {@code HttpSession}: the whiteboard shares one container session (and its
 * {@code JSESSIONID} cookie) between the admin shell and the portal, while the portal's own cookie is scoped
 * to {@code /portal} and names only a portal session. Rows are found by the hash of the session ID, never by
 * the ID itself. A use writes the last-seen time only when the stored one is a minute old or more, so most
 * requests only read.
 */
@Component(service = SessionStore.class)
public class SessionStore {

    /** Idle time after which a session ends. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** Upper bound of sessions kept, so anonymous requests cannot fill the database. */
    public static final int MAX_SESSIONS = 100_000;
    /** A use rewrites the last-seen time once it is this old. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    static final String CHANGELOG = "org/helpdesk/platform/portal/internal/session/db/changelog.xml";

    private final Sessions database;
    private final Clock clock;
    private final long idleMillis;
    private final SessionBound bound;

    @Activate
    public SessionStore(@Reference(target = "(dataSourceName=helpdesk)") DataSource dataSource) {
        this(dataSource, Clock.systemUTC(), IDLE_TIMEOUT, MAX_SESSIONS);
    }

    SessionStore(DataSource dataSource, Clock clock, Duration idleTimeout, int maxSessions) {
        SchemaMigrations.update(dataSource, CHANGELOG, SessionStore.class);
        this.database = new Sessions(SqlSessionFactories.build(dataSource, Map.of("StoredSession", StoredSession.class),
                List.of(SessionMapper.class)));
        this.clock = clock;
        this.idleMillis = idleTimeout.toMillis();
        this.bound = new SessionBound(database, maxSessions);
    }

    /**
     * @return the live session with this ID, its idle time restarted (written at most once a minute); empty for
     *         unknown or expired IDs
     */
    public Optional<PortalSession> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String hash = Tokens.hash(id);
        long now = clock.millis();
        StoredSession stored = database.read(s -> mapper(s).find(hash));
        if (stored == null) {
            return Optional.empty();
        }
        if (stored.lastSeenMs() <= now - idleMillis) {
            database.write(s -> mapper(s).deleteIdle(hash, now - idleMillis));
            return Optional.empty();
        }
        long lastSeen = stored.lastSeenMs();
        if (lastSeen <= now - TOUCH_INTERVAL.toMillis()) {
            database.write(s -> mapper(s).touch(hash, now));
            lastSeen = now;
        }
        return Optional.of(new PortalSession(id, stored.csrfToken(), stored.login(), stored.language(),
                Instant.ofEpochMilli(stored.createdMs()), Instant.ofEpochMilli(lastSeen)));
    }

    /**
     * @return a new session without login (it carries the login form's CSRF token and the language)
     * @throws IllegalStateException when {@link #MAX_SESSIONS} sessions after login are live
     */
    public PortalSession createAnonymous(String language) {
        return add(null, language, null);
    }

    /**
     * Logs in: ends {@code previous} (if any) and starts a new session with a new ID and CSRF token,
     * keeping the language the user picked. Protects against session fixation.
     */
    public PortalSession logIn(PortalSession previous, String login) {
        return previous == null ? add(login, null, null)
                : add(login, previous.language().orElse(null), Tokens.hash(previous.id()));
    }

    /** @return the session with the language the user picked, which is stored */
    public PortalSession setLanguage(PortalSession session, String language) {
        String hash = Tokens.hash(session.id());
        database.write(s -> mapper(s).setLanguage(hash, language));
        return session.withLanguage(language);
    }

    /** Ends the session. */
    public void end(PortalSession session) {
        String hash = Tokens.hash(session.id());
        database.write(s -> mapper(s).delete(hash));
    }

    /**
     * Logs a customer user out everywhere: ends all sessions of the login (ignoring case), on every node.
     *
     * @return the number of sessions ended
     */
    public int endAll(String login) {
        String loginLc = login.toLowerCase(Locale.ROOT);
        return database.write(s -> mapper(s).deleteByLogin(loginLc));
    }

    /** @return the number of sessions kept, live or not yet purged */
    public long size() {
        return database.read(s -> mapper(s).count());
    }

    private PortalSession add(String login, String language, String previousHash) {
        long now = clock.millis();
        bound.makeRoom(now, now - idleMillis);
        String id = Tokens.random();
        String csrfToken = Tokens.random();
        String loginLc = login == null ? null : login.toLowerCase(Locale.ROOT);
        database.write(s -> {
            if (previousHash != null) {
                mapper(s).delete(previousHash);
            }
            return mapper(s).insert(Tokens.hash(id), login, loginLc, csrfToken, language, now);
        });
        bound.added();
        Instant at = Instant.ofEpochMilli(now);
        return new PortalSession(id, csrfToken, login, language, at, at);
    }

    static SessionMapper mapper(SqlSession session) {
        return session.getMapper(SessionMapper.class);
    }
}
