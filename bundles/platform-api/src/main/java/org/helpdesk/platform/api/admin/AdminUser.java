package org.helpdesk.platform.api.admin;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.server.VaadinSession;

/**
 * A user who logged in to the admin web shell, with the roles the platform's login realm granted.
 *
 * @param name the login name
 * @param roles the roles, never {@code null}
 */
public record AdminUser(String name, Set<String> roles) {

    public AdminUser {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    /** @return whether the user holds {@code role} */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** @return whether the user is a platform admin */
    public boolean isAdmin() {
        return hasRole(AdminRoles.ADMIN);
    }

    /**
     * @return the user logged in to the current Vaadin session, if any. Call it only from code
     *         running in a request of the admin shell.
     */
    public static Optional<AdminUser> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(AdminUser.class));
    }

    /**
     * @return the admin logged in to the current session
     * @throws SecurityException when nobody or a user without the admin role is logged in
     */
    public static AdminUser requireAdmin() {
        return current().filter(AdminUser::isAdmin)
                .orElseThrow(() -> new SecurityException("This action needs the admin role"));
    }
}
