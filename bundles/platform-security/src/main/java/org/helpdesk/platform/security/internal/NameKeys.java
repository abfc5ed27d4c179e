package org.helpdesk.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The key under which a name's failures are counted: the SHA-256 of the name stripped and in lower case. Not
 * the name itself, since people type passwords into the name field; and always 43 characters, however long
 * the typed name.
 */
final class NameKeys {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private NameKeys() {
    }

    static String of(String name) {
        String compared = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(compared.getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
