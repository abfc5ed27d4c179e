package org.helpdesk.platform.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void idsAreTrimmedAndChecked() {
        assertEquals("acme", Validation.id("Customer ID", "  acme ", 10));
        assertTrue(assertThrows(DirectoryException.class, () -> Validation.id("Customer ID", "a b", 10)).getMessage()
                .contains("'a b'"));
        assertTrue(assertThrows(DirectoryException.class, () -> Validation.id("Login", "abcdefghijk", 10)).getMessage()
                .contains("longer than 10"));
        assertThrows(DirectoryException.class, () -> Validation.id("Login", null, 10));
        assertThrows(DirectoryException.class, () -> Validation.required("Name", "a\u0007b", 10));
    }

    @Test
    void emailsMustLookLikeAddresses() {
        assertEquals("", Validation.email(null, 200));
        assertEquals("a@b.example", Validation.email(" a@b.example ", 200));
        for (String bad : new String[] { "a", "a@b", "@b.example", "a@@b.example", "a b@c.example", "a@b." }) {
            DirectoryException e = assertThrows(DirectoryException.class, () -> Validation.email(bad, 200), bad);
            assertTrue(e.getMessage().contains("Malformed e-mail"), bad);
        }
    }

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
