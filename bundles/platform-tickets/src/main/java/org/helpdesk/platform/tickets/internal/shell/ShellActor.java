package org.helpdesk.platform.tickets.internal.shell;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Names the user running a shell command, for the "created by" columns. */
final class ShellActor {

    private ShellActor() {
    }

    @SuppressWarnings("removal")
    static String current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal principal : subject.getPrincipals(UserPrincipal.class)) {
                return "shell:" + principal.getName();
            }
        }
        return "shell";
    }
}
