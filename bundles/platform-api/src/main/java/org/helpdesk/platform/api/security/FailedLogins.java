package org.helpdesk.platform.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles guessing of passwords: after {@code maxFailures} failed logins for one user name within
 * {@code window}, every login for that name is refused for {@code lockout}, even with the right
 * password. A success clears the name's failures. Names are compared ignoring case; unknown names count
 * like known ones, so a refusal tells nothing about whether an account exists. Kept in memory, per node.
 * Thread-safe.
 */
public final class FailedLogins {

    /** Entries kept at most; expired ones are dropped first, then the map is cleared. */
    static final int MAX_ENTRIES = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> byName = new ConcurrentHashMap<>();

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    /** Five failures within 15 minutes lock a name for 5 minutes. */
    public FailedLogins() {
        this(5, Duration.ofMinutes(15), Duration.ofMinutes(5), Clock.systemUTC());
    }

    public FailedLogins(int maxFailures, Duration window, Duration lockout, Clock clock) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("maxFailures, window and lockout must be positive");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** @return whether logins for this name are refused now */
    public boolean isLocked(String name) {
        Failures failures = byName.get(key(name));
        return failures != null && failures.lockedUntil() != null && clock.instant().isBefore(failures.lockedUntil());
    }

    /** Records a failed login for this name; the failure that reaches the limit starts the lockout. */
    public void failed(String name) {
        Instant now = clock.instant();
        if (byName.size() >= MAX_ENTRIES) {
            byName.values().removeIf(f -> expired(f, now));
            if (byName.size() >= MAX_ENTRIES) {
                byName.clear();
            }
        }
        byName.compute(key(name), (k, f) -> {
            if (f == null || expired(f, now)) {
                return lockedIfReached(1, now, now);
            }
            return lockedIfReached(f.count() + 1, f.first(), now);
        });
    }

    /** Clears the failures of this name after a successful login. */
    public void succeeded(String name) {
        byName.remove(key(name));
    }

    private Failures lockedIfReached(int count, Instant first, Instant now) {
        return new Failures(count, first, count >= maxFailures ? now.plus(lockout) : null);
    }

    private boolean expired(Failures f, Instant now) {
        boolean lockOver = f.lockedUntil() == null || !now.isBefore(f.lockedUntil());
        return lockOver && (f.lockedUntil() != null || !now.isBefore(f.first().plus(window)));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
