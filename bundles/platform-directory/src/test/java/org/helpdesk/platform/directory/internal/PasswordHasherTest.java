package org.helpdesk.platform.directory.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void passwordsAreSaltedAndChecked() {
        String first = PasswordHasher.hash("secret".toCharArray());
        String second = PasswordHasher.hash("secret".toCharArray());
        assertTrue(!first.equals(second));
        assertTrue(PasswordHasher.matches("secret".toCharArray(), first));
        assertTrue(!PasswordHasher.matches("Secret".toCharArray(), first));
        assertTrue(!PasswordHasher.matches("secret".toCharArray(), "garbage"));
        assertTrue(!PasswordHasher.matches("secret".toCharArray(), null));
    }
}
