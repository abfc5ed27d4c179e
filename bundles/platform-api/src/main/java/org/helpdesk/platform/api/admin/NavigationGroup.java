package org.helpdesk.platform.api.admin;

/**
 * The groups of the admin shell's side navigation, in the order they are shown.
 */
public enum NavigationGroup {
    /** Customers, customer users and everything that relates them. */
    USERS_GROUPS_ROLES("nav.group.usersGroupsRoles"),
    /** Tickets. */
    TICKETS("nav.group.tickets"),
    /** System settings and information. */
    SYSTEM("nav.group.system");

    private final String labelKey;

    NavigationGroup(String labelKey) {
        this.labelKey = labelKey;
    }

    /** @return the translation key of the group's label */
    public String labelKey() {
        return labelKey;
    }
}
