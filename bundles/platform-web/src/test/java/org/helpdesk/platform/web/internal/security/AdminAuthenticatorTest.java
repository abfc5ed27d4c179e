package org.helpdesk.platform.web.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import org.helpdesk.platform.api.admin.AdminLoginUnavailableException;
import org.helpdesk.platform.api.security.LoginThrottle;
import org.junit.jupiter.api.Test;

/** The admin login asks the shared failed-login throttle before the realm and tells it the outcome. */
class AdminAuthenticatorTest {

    /** Records what the login told it; names in {@link #locked} are locked. */
    private static final class RecordingThrottle implements LoginThrottle {
        final List<String> locked = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        RuntimeException down;

        @Override
        public boolean isLocked(String name) {
            calls.add("isLocked " + name);
            if (down != null) {
                throw down;
            }
            return locked.contains(name);
        }

        @Override
        public void failed(String name) {
            calls.add("failed " + name);
        }

        @Override
        public void succeeded(String name) {
            calls.add("succeeded " + name);
        }
    }

    private final RecordingThrottle throttle = new RecordingThrottle();
    /** No JAAS configuration has this realm, so the realm refuses every login. */
    private final AdminAuthenticator authenticator = new AdminAuthenticator(realm("helpdesk-test-no-such-realm"),
            throttle);

    @Test
    void aRefusedLoginCountsAsAFailure() {
        assertTrue(authenticator.authenticate("admin", "guess").isEmpty());
        assertEquals(List.of("isLocked admin", "failed admin"), throttle.calls);
    }

    @Test
    void aLockedNameIsRefusedBeforeTheRealmIsAskedAndCountsNoFurther() {
        throttle.locked.add("admin");
        assertTrue(authenticator.authenticate("admin", "secret").isEmpty());
        assertEquals(List.of("isLocked admin"), throttle.calls);
    }

    @Test
    void withoutAnAnsweringThrottleNoLoginIsTried() {
        throttle.down = new IllegalStateException("database down");
        AdminLoginUnavailableException refused = assertThrows(AdminLoginUnavailableException.class,
                () -> authenticator.authenticate("admin", "secret"));
        assertSame(throttle.down, refused.getCause());
        assertEquals(List.of("isLocked admin"), throttle.calls);
    }

    @Test
    void blankNamesAreRefusedWithoutCounting() {
        assertTrue(authenticator.authenticate(" ", "secret").isEmpty());
        assertTrue(authenticator.authenticate("admin", null).isEmpty());
        assertEquals(List.of(), throttle.calls);
    }

    @Test
    void anEmptyRealmIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AdminAuthenticator(realm(" "), throttle));
    }

    private static AdminLoginConfiguration realm(String realm) {
        return new AdminLoginConfiguration() {
            @Override
            public String realm() {
                return realm;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return AdminLoginConfiguration.class;
            }
        };
    }
}
