package org.helpdesk.customerrelations.api.dto;

import java.time.Instant;
import java.util.Objects;

/**
 * A personal API token of an admin, without its secret (only a hash of it is stored).
 *
 * @param id the token's number
 * @param owner the admin it acts for; changes through the API are recorded as {@code api:<owner>}
 * @param name what the owner called it, e.g. "CRM sync"
 * @param createdAt when it was made
 * @param expiresAt when it stops working
 * @param revokedAt when it was revoked, or {@code null}
 * @param revokedBy who revoked it, or {@code null}
 * @since 1.1
 */
public record ApiToken(long id, String owner, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
        String revokedBy) {

    public ApiToken {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** @return whether it works at {@code now}: neither revoked nor expired */
    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
