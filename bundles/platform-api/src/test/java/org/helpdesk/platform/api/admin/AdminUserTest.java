package org.helpdesk.platform.api.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AdminUserTest {

    @Test
    void adminRoleMakesAnAdmin() {
        assertTrue(new AdminUser("admin", Set.of("admin", "viewer")).isAdmin());
        assertFalse(new AdminUser("agent", Set.of("agent")).isAdmin());
    }

    @Test
    void rolesCannotBeChangedAfterwards() {
        Set<String> roles = new HashSet<>(Set.of("agent"));
        AdminUser user = new AdminUser("agent", roles);
        roles.add("admin");
        assertFalse(user.isAdmin());
        assertThrows(UnsupportedOperationException.class, () -> user.roles().add("admin"));
    }

    @Test
    void noSessionMeansNoAdmin() {
        assertTrue(AdminUser.current().isEmpty());
        assertThrows(SecurityException.class, AdminUser::requireAdmin);
    }
}
