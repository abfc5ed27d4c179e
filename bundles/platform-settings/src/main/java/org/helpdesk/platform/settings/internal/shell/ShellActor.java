package org.helpdesk.platform.settings.internal.shell;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Names the user running a shell command, for the saved setting's "changed by". */
final class ShellActor {

    private ShellActor() {
    }

    @SuppressWarnings("removal") // Karaf 4.4 still hands the session's subject over the access control context
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
