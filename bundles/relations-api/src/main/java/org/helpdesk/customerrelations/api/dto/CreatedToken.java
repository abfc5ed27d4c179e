package org.helpdesk.customerrelations.api.dto;

import java.util.Objects;

/**
 * A token just made, with its secret: shown to the owner once and never stored.
 *
 * @param token the stored token
 * @param secret what the owner sends as {@code Authorization: Bearer <secret>}
 * @since 1.1
 */
public record CreatedToken(ApiToken token, String secret) {

    public CreatedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "CreatedToken[token=" + token + ", secret=(hidden)]";
    }
}
