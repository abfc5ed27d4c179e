package org.helpdesk.customerrelations.shell.internal;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Names the user running a command as {@code shell:<user>}, for the relations' changed-by and history. */
final class ShellActor {

    private ShellActor() {
    }

    @SuppressWarnings("removal") // Karaf 4.4 still hands the session's subject over the access control context
    static String current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal user : subject.getPrincipals(UserPrincipal.class)) {
                return "shell:" + user.getName();
            }
        }
        return "shell";
    }
}
