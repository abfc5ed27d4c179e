package org.helpdesk.platform.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.helpdesk.platform.api.security.LoginThrottle;
import org.helpdesk.platform.persistence.SchemaMigrations;
import org.helpdesk.platform.persistence.Sessions;
import org.helpdesk.platform.persistence.SqlSessionFactories;
import org.helpdesk.platform.security.internal.db.LoginFailureMapper;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failed-login throttle in the {@code helpdesk} database, so every node counts the same failures: a
 * guesser gets the same few tries however the load balancer spreads them. Each failure is one UPDATE that
 * counts under the row's lock; the first failure of a name is an INSERT, and when another node inserted it
 * first, the UPDATE is tried again.
 */
@Component(service = LoginThrottle.class)
public class DbLoginThrottle implements LoginThrottle {

    static final String CHANGELOG = "org/helpdesk/platform/security/internal/db/changelog.xml";
    /** Rows kept at most; expired ones go first, then those of names not locked. */
    static final int MAX_ENTRIES = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(DbLoginThrottle.class);
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);
    private static final int ATTEMPTS = 5;

    private final Sessions sessions;
    private final ThrottleRules rules;
    private final Clock clock;
    private final int maxEntries;
    /** When this node last purged, epoch milliseconds; other nodes purge on their own. */
    private final AtomicLong lastPurge = new AtomicLong(Long.MIN_VALUE);

    @Activate
    public DbLoginThrottle(@Reference(target = "(dataSourceName=helpdesk)") DataSource dataSource) {
        this(dataSource, ThrottleRules.DEFAULT, Clock.systemUTC(), MAX_ENTRIES);
    }

    DbLoginThrottle(DataSource dataSource, ThrottleRules rules, Clock clock, int maxEntries) {
        SchemaMigrations.update(dataSource, CHANGELOG, DbLoginThrottle.class);
        this.sessions = new Sessions(SqlSessionFactories.build(dataSource, Map.of(),
                List.of(LoginFailureMapper.class)));
        this.rules = rules;
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    @Override
    public boolean isLocked(String name) {
        String key = NameKeys.of(name);
        long now = clock.millis();
        return sessions.read(s -> mapper(s).countLocked(key, now)) > 0;
    }

    @Override
    public void failed(String name) {
        String key = NameKeys.of(name);
        long now = clock.millis();
        purgeIfDue(now);
        long lockEnd = now + rules.lockout().toMillis();
        long windowEnd = now + rules.window().toMillis();
        for (int attempt = 1;; attempt++) {
            try {
                if (sessions.write(s -> mapper(s).addFailure(key, now, rules.maxFailures(), lockEnd, windowEnd)) == 1) {
                    return;
                }
                boolean locks = rules.maxFailures() <= 1;
                sessions.write(s -> mapper(s).insertFirstFailure(key, locks ? lockEnd : null,
                        locks ? lockEnd : windowEnd));
                return;
            } catch (PersistenceException e) {
                // another node inserted the name's first failure (then its row takes the UPDATE), or two
                // transactions waited for each other and the database gave one up
                if (attempt == ATTEMPTS || !(SqlFailures.isDuplicateKey(e) || SqlFailures.isContention(e))) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void succeeded(String name) {
        String key = NameKeys.of(name);
        sessions.write(s -> mapper(s).delete(key));
    }

    /**
     * Deletes expired rows, at most once a minute on this node; over {@link #MAX_ENTRIES} also the rows of names
     * not locked, so a flood of made-up names cannot fill the table nor unlock a locked name.
     */
    private void purgeIfDue(long now) {
        long last = lastPurge.get();
        if (last > now - PURGE_INTERVAL.toMillis() || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        try {
            sessions.write(s -> mapper(s).deleteExpired(now));
            if (sessions.read(s -> mapper(s).count()) > maxEntries) {
                int dropped = sessions.write(s -> mapper(s).deleteUnlocked(now));
                LOG.warn("More than {} names with failed logins: forgot the failures of {} names not locked",
                        maxEntries, dropped);
            }
        } catch (PersistenceException e) {
            if (!SqlFailures.isContention(e)) {
                throw e;
            }
            // another node purges at the same moment; the next purge here catches up
            LOG.debug("Purge of failed logins gave way to another", e);
        }
    }

    private static LoginFailureMapper mapper(SqlSession session) {
        return session.getMapper(LoginFailureMapper.class);
    }
}
