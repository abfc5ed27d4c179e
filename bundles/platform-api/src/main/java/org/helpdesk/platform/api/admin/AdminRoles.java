package org.helpdesk.platform.api.admin;

/**
 * Role names of the platform's users (Karaf JAAS roles).
 */
public final class AdminRoles {

    /** The role that may open admin views and run admin commands. */
    public static final String ADMIN = "admin";

    private AdminRoles() {
    }
}
