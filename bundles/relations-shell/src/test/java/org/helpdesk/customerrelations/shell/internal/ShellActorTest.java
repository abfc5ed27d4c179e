package org.helpdesk.customerrelations.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.PrivilegedAction;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;

class ShellActorTest {

    @SuppressWarnings("removal")
    private static <T> T as(String user, String role, PrivilegedAction<T> action) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal(role));
        return Subject.doAs(subject, action);
    }

    @Test
    void namesTheSessionUser() {
        assertEquals("shell:admin", as("admin", "admin", ShellActor::current));
        assertEquals("shell", ShellActor.current());
    }

    @Test
    void onlyAdminsPass() {
        as("admin", "admin", () -> {
            ShellActor.requireAdmin();
            return null;
        });
        SecurityException e = assertThrows(SecurityException.class, () -> as("agent", "agent", () -> {
            ShellActor.requireAdmin();
            return null;
        }));
        assertEquals("Insufficient credentials: the customer-relations commands need the role admin", e.getMessage());
    }
}
