package org.helpdesk.platform.security.internal;

import java.time.Duration;

/**
 * When failed logins lock a name: {@code maxFailures} failures within {@code window} lock it for {@code lockout}.
 *
 * @param maxFailures failures that lock the name, at least 1
 * @param window the time from a name's first failure within which failures add up
 * @param lockout how long a name stays locked after the failure that reached the limit
 */
public record ThrottleRules(int maxFailures, Duration window, Duration lockout) {

    /** Five failures within 15 minutes lock a name for 5 minutes. */
    public static final ThrottleRules DEFAULT = new ThrottleRules(5, Duration.ofMinutes(15), Duration.ofMinutes(5));

    public ThrottleRules {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("maxFailures, window and lockout must be positive");
        }
    }
}
