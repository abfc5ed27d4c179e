package org.helpdesk.customerrelations.persistence.internal;

import java.time.Instant;

/** A token row to insert. */
public final class TokenRow {

    private final String owner;
    private final String name;
    private final String secretHash;
    private final Instant createdAt;
    private final Instant expiresAt;

    TokenRow(String owner, String name, String secretHash, Instant createdAt, Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
