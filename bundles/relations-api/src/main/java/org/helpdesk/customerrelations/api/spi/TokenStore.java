package org.helpdesk.customerrelations.api.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.helpdesk.customerrelations.api.dto.ApiToken;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stored API tokens, found by the hash of their secret. Provided by the persistence bundle.
 *
 * @since 1.1
 */
@ProviderType
public interface TokenStore {

    /** @return the stored token */
    ApiToken insert(String owner, String name, String secretHash, Instant createdAt, Instant expiresAt);

    Optional<ApiToken> findByHash(String secretHash);

    Optional<ApiToken> find(long id);

    /** @return every token, newest first */
    List<ApiToken> list();

    /** Marks the token revoked unless it is already; @return whether this call revoked it */
    boolean revoke(long id, Instant at, String actor);
}
