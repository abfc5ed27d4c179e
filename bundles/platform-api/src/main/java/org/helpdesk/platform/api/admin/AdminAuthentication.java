package org.helpdesk.platform.api.admin;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks an admin's name and password against the platform's login realm, as the admin web shell's
 * login does, for plugins that take credentials themselves (e.g. HTTP Basic on an API). Failed logins
 * count towards the same throttle as the web shell's.
 */
@ProviderType
public interface AdminAuthentication {

    /**
     * @return the user with the roles the realm grants, or empty when the realm refuses the login or the
     *         name is locked after repeated failures
     * @throws AdminLoginUnavailableException when the failed-login throttle cannot be asked (the database does
     *         not answer): then no login is accepted (since 1.2)
     */
    Optional<AdminUser> authenticate(String name, String password);
}
