package org.helpdesk.platform.web.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.helpdesk.platform.api.admin.AdminUser;
import org.junit.jupiter.api.Test;

class AccessGuardTest {

    private final AdminUser admin = new AdminUser("admin", Set.of("admin"));
    private final AdminUser agent = new AdminUser("agent", Set.of("agent"));

    @Test
    void viewsWithoutRoleAreOpenToEveryLoggedInUser() {
        assertTrue(AccessGuard.allows(agent, null));
    }

    @Test
    void adminViewsNeedTheAdminRole() {
        assertTrue(AccessGuard.allows(admin, "admin"));
        assertFalse(AccessGuard.allows(agent, "admin"));
    }
}
