package org.helpdesk.customerrelations.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.helpdesk.customerrelations.api.ApiTokens;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.dto.ApiToken;
import org.helpdesk.customerrelations.api.dto.CreatedToken;
import org.helpdesk.customerrelations.api.spi.TokenStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tokens of 32 random bytes (prefix {@value #PREFIX}); the store keeps their SHA-256 only. */
@Component(service = ApiTokens.class)
public class TokenService implements ApiTokens {

    static final String PREFIX = "crt_";
    private static final int MAX_TEXT = 200;

    private final TokenStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public TokenService(@Reference TokenStore store) {
        this(store, Clock.systemUTC());
    }

    TokenService(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public CreatedToken create(String owner, String name, Duration validity) {
        String who = text("owner", owner);
        String label = text("name", name);
        if (validity == null || validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new RelationException(Reason.INVALID_VALUE, String.valueOf(validity),
                    "A token's validity must be positive and at most " + MAX_VALIDITY.toDays() + " days");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken token = store.insert(who, label, hash(secret), now, now.plus(validity));
        return new CreatedToken(token, secret);
    }

    @Override
    public List<ApiToken> list() {
        return store.list();
    }

    @Override
    public ApiToken revoke(long id, String actor) {
        store.revoke(id, clock.instant(), Values.actor(actor));
        return store.find(id).orElseThrow(() -> new RelationException(Reason.INVALID_VALUE, Long.toString(id),
                "Unknown token: " + id));
    }

    @Override
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.findByHash(hash(secret)).filter(token -> token.activeAt(now));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String text(String what, String value) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_TEXT) {
            throw new RelationException(Reason.INVALID_VALUE, value,
                    "A token's " + what + " must not be empty or longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }
}
