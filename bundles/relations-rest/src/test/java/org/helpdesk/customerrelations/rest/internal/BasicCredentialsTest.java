package org.helpdesk.customerrelations.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsNameAndPasswordWithColonsAndUmlautsInThePassword() {
        assertEquals(Optional.of(new BasicCredentials("admin", "ä:b")), BasicCredentials.parse(basic("admin:ä:b")));
        assertEquals(Optional.of(new BasicCredentials("admin", "")), BasicCredentials.parse(basic("admin:")));
        assertEquals(Optional.of(new BasicCredentials("admin", "x")),
                BasicCredentials.parse("basic " + basic("admin:x").substring(6)));
    }

    @Test
    void anythingElseIsNoCredentials() {
        assertTrue(BasicCredentials.parse(null).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.parse("Basic !!!").isEmpty());
        assertTrue(BasicCredentials.parse(basic("no-colon")).isEmpty());
        assertTrue(BasicCredentials.parse(basic(":password")).isEmpty());
        assertTrue(BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString(new byte[] {'a', ':', (byte) 0xff}))
                .isEmpty());
    }
}
