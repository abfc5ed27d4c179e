package org.helpdesk.customerrelations.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.helpdesk.customerrelations.api.dto.ApiToken;
import org.helpdesk.customerrelations.api.dto.CreatedToken;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Personal API tokens of admins, for scripts and integrations that call the REST API without a password.
 * Only a SHA-256 hash of each secret is stored; a token works until it expires or is revoked.
 *
 * @since 1.1
 */
@ProviderType
public interface ApiTokens {

    /** The longest validity of a token. */
    Duration MAX_VALIDITY = Duration.ofDays(366);

    /**
     * @param owner the admin the token acts for
     * @param name a label for the owner's list, e.g. "CRM sync"
     * @param validity how long it works, at most {@link #MAX_VALIDITY}
     * @return the token with its secret, which is not kept anywhere
     * @throws RelationException with reason {@code INVALID_VALUE} for an empty owner or name or a bad validity
     */
    CreatedToken create(String owner, String name, Duration validity);

    /** @return every token, active, expired and revoked, newest first */
    List<ApiToken> list();

    /**
     * Revokes a token at once; revoking a revoked one changes nothing.
     *
     * @return the token as it is now
     * @throws RelationException with reason {@code INVALID_VALUE} for an unknown ID
     */
    ApiToken revoke(long id, String actor);

    /** @return the active token with this secret, or empty for an unknown, expired or revoked one */
    Optional<ApiToken> authenticate(String secret);
}
