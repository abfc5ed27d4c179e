package org.helpdesk.platform.portal.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        String token = Tokens.random();
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"));
        assertNotEquals(token, Tokens.random());
    }

    @Test
    void theCsrfCheckNeedsTheExactToken() {
        String token = Tokens.random();
        assertTrue(Tokens.matches(token, token));
        assertTrue(Tokens.matches(token, new String(token.toCharArray())));
        assertFalse(Tokens.matches(token, token.substring(1)));
        assertFalse(Tokens.matches(token, token + "x"));
        assertFalse(Tokens.matches(token, ""));
        assertFalse(Tokens.matches(token, null));
        assertFalse(Tokens.matches(null, null));
        assertFalse(Tokens.matches("", ""));
    }

    @Test
    void theStoredHashIsTheSha256OfTheId() {
        // echo -n abc | sha256sum: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0", Tokens.hash("abc"));
        String id = Tokens.random();
        assertEquals(Tokens.hash(id), Tokens.hash(new String(id.toCharArray())));
        assertNotEquals(id, Tokens.hash(id));
    }
}
