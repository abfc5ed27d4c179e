package org.helpdesk.customerrelations.shell.internal;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.helpdesk.platform.api.admin.AdminRoles;

/**
 * Who runs a command: names the user as {@code shell:<user>} for the relations' changed-by and history, and
 * checks the admin role.
 */
final class ShellActor {

    private ShellActor() {
    }

    static String current() {
        return userName().map(name -> "shell:" + name).orElse("shell");
    }

    /** @return the name the shell user logged in with, if the command runs in a session */
    @SuppressWarnings("removal") // Karaf 4.4 still hands the session's subject over the access control context
    static java.util.Optional<String> userName() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal user : subject.getPrincipals(UserPrincipal.class)) {
                return java.util.Optional.of(user.getName());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Refuses users without the admin role. The command ACL file cannot do it for this scope: Karaf reads
     * {@code etc/org.apache.karaf.command.acl.customer-relations.cfg} as a factory configuration (the hyphen),
     * so its rules never reach scope {@code customer-relations}.
     *
     * @throws SecurityException for a shell user without the admin role
     */
    @SuppressWarnings("removal")
    static void requireAdmin() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return; // not called from a shell session (Karaf always runs commands with the session's subject)
        }
        for (RolePrincipal role : subject.getPrincipals(RolePrincipal.class)) {
            if (AdminRoles.ADMIN.equals(role.getName())) {
                return;
            }
        }
        throw new SecurityException("Insufficient credentials: the customer-relations commands need the role "
                + AdminRoles.ADMIN);
    }
}
