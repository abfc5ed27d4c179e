package org.helpdesk.platform.api.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DirectoryValuesTest {

    @Test
    void idsAreTrimmedAndChecked() {
        assertEquals("acme", DirectoryValues.id("Customer ID", "  acme ", 10));
        assertTrue(assertThrows(DirectoryException.class, () -> DirectoryValues.id("Customer ID", "a b", 10)).getMessage()
                .contains("'a b'"));
        assertTrue(assertThrows(DirectoryException.class, () -> DirectoryValues.id("Login", "abcdefghijk", 10)).getMessage()
                .contains("longer than 10"));
        assertThrows(DirectoryException.class, () -> DirectoryValues.id("Login", null, 10));
        assertThrows(DirectoryException.class, () -> DirectoryValues.required("Name", "a\u0007b", 10));
    }

    @Test
    void emailsMustLookLikeAddresses() {
        assertEquals("", DirectoryValues.email(null, 200));
        assertEquals("a@b.example", DirectoryValues.email(" a@b.example ", 200));
        for (String bad : new String[] { "a", "a@b", "@b.example", "a@@b.example", "a b@c.example", "a@b." }) {
            DirectoryException e = assertThrows(DirectoryException.class, () -> DirectoryValues.email(bad, 200), bad);
            assertTrue(e.getMessage().contains("Malformed e-mail"), bad);
        }
    }
}
