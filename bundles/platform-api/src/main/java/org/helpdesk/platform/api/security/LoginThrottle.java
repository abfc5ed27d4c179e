package org.helpdesk.platform.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Throttles guessing of passwords, for every login page of the platform and on every node of a cluster
 * alike: after 5 failed logins for one user name within 15 minutes, every login for that name is refused
 * for 5 minutes, even with the right password. A success clears the name's failures. Names are compared
 * ignoring case and surrounding blanks; unknown names count like known ones, so a refusal tells nothing
 * about whether an account exists.
 * <p>
 * A login page asks {@link #isLocked} first and, for a name that is not locked, reports the outcome with
 * {@link #failed} or {@link #succeeded}. Thread-safe. The methods throw a {@link RuntimeException} when the
 * throttle cannot be asked (its database does not answer); a login page then refuses the login.
 */
@ProviderType
public interface LoginThrottle {

    /** @return whether logins for this name are refused now */
    boolean isLocked(String name);

    /**
     * Records a failed login for this name; the failure that reaches the limit starts the lockout. Failures
     * that several nodes record for one name at the same moment are all counted.
     */
    void failed(String name);

    /** Clears the failures of this name after a successful login. */
    void succeeded(String name);
}
