package org.helpdesk.platform.portal.internal.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable session IDs and CSRF tokens, their constant-time comparison, and the hash a session is stored by. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    /** @return 256 random bits, URL-safe Base64 */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /**
     * The CSRF check: a state-changing form must send back the token of the session it was
     * rendered for. Constant-time, so the comparison leaks nothing through timing.
     *
     * @return whether {@code given} equals {@code expected}; never for a missing or empty token
     */
    public static boolean matches(String expected, String given) {
        if (expected == null || given == null || expected.isEmpty() || given.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key a session is stored under: the SHA-256 of its ID, URL-safe Base64 (43 characters). The ID has 256
     * random bits, so a plain hash cannot be reversed by guessing.
     */
    public static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
