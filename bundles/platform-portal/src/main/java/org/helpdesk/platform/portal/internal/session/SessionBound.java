package org.helpdesk.platform.portal.internal.session;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.ibatis.exceptions.PersistenceException;
import org.helpdesk.platform.persistence.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the session table bounded without counting it on every request: before a session is added, idle rows
 * are purged and the table counted, at most once a minute on this node, or at once when the count known here
 * (the last one plus this node's sessions since) reaches the bound. Over the bound the oldest sessions before
 * login go, which anyone can create; logged-in sessions stay, and when they alone fill the table, no new
 * session is started.
 */
final class SessionBound {

    private static final Logger LOG = LoggerFactory.getLogger(SessionBound.class);
    private static final long INTERVAL = Duration.ofMinutes(1).toMillis();

    private final Sessions database;
    private final int maxSessions;
    /** Dropping goes below the bound by this many, so that not every next session drops again. */
    private final int room;
    /** Rows at the last count plus the sessions this node added since. */
    private final AtomicLong known = new AtomicLong();
    private final Object lock = new Object();
    /** Guarded by {@link #lock}; volatile for the check before taking it. */
    private volatile long lastCount = Long.MIN_VALUE;

    SessionBound(Sessions database, int maxSessions) {
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be positive");
        }
        this.database = database;
        this.maxSessions = maxSessions;
        this.room = Math.max(1, maxSessions / 10);
    }

    /**
     * @param now the time, epoch milliseconds
     * @param seenBefore sessions last seen at this time or earlier are idle
     * @throws IllegalStateException when sessions after login alone fill the table
     */
    void makeRoom(long now, long seenBefore) {
        if (!due(now) && known.get() < maxSessions) {
            return;
        }
        synchronized (lock) {
            if (!due(now) && known.get() < maxSessions) {
                return;
            }
            lastCount = now;
            purgeIdle(seenBefore);
            long count = database.read(s -> SessionStore.mapper(s).count());
            if (count >= maxSessions) {
                count = dropOldestAnonymous(count - (maxSessions - room));
            }
            known.set(count);
            if (count >= maxSessions) {
                throw new IllegalStateException("Too many portal sessions: " + count);
            }
        }
    }

    void added() {
        known.incrementAndGet();
    }

    private boolean due(long now) {
        long last = lastCount;
        return last == Long.MIN_VALUE || now - last >= INTERVAL;
    }

    private void purgeIdle(long seenBefore) {
        try {
            int purged = database.write(s -> SessionStore.mapper(s).deleteAllIdle(seenBefore));
            LOG.debug("Purged {} idle portal sessions", purged);
        } catch (PersistenceException e) {
            // e.g. another node purging the same rows at the same moment; the next purge catches up
            LOG.warn("Could not purge idle portal sessions; trying again in a minute: {}", e.getMessage());
        }
    }

    /** @return the count afterwards */
    private long dropOldestAnonymous(long excess) {
        Long lastSeen = database.read(s -> SessionStore.mapper(s).anonymousLastSeenAt(excess - 1));
        int dropped = database.write(s -> SessionStore.mapper(s)
                .deleteAnonymousSeenUpTo(lastSeen == null ? Long.MAX_VALUE : lastSeen));
        LOG.warn("{} or more portal sessions: ended the {} oldest sessions before login", maxSessions, dropped);
        return database.read(s -> SessionStore.mapper(s).count());
    }
}
