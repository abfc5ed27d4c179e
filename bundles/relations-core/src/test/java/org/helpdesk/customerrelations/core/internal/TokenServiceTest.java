package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.ApiToken;
import org.helpdesk.customerrelations.api.dto.CreatedToken;
import org.helpdesk.customerrelations.persistence.internal.MyBatisTokenStore;
import org.helpdesk.customerrelations.persistence.internal.RelationsDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.helpdesk.testsupport.MovableClock;
import org.helpdesk.testsupport.TestDatabases;

class TokenServiceTest {

    private DataSource dataSource;
    private MyBatisTokenStore store;
    private MovableClock clock;
    private TokenService tokens;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabases.derby().dataSource();
        store = new MyBatisTokenStore(new RelationsDatabase(dataSource));
        clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
        tokens = new TokenService(store, clock);
    }

    @Test
    void aTokenWorksUntilItExpiresAndOnlyItsHashIsStored() throws Exception {
        CreatedToken created = tokens.create("admin", " CRM sync ", Duration.ofDays(30));
        assertTrue(created.secret().startsWith("crt_"));
        assertFalse(created.toString().contains(created.secret()));
        assertEquals("CRM sync", created.token().name());
        assertEquals(clock.instant().plus(Duration.ofDays(30)), created.token().expiresAt());
        assertEquals(created.token(), tokens.authenticate(created.secret()).orElseThrow());
        assertTrue(tokens.authenticate(created.secret() + "x").isEmpty());
        assertTrue(tokens.authenticate("admin:admin").isEmpty());
        assertEquals(List.of(TokenService.hash(created.secret())), storedHashes());

        clock.advance(Duration.ofDays(30));
        assertTrue(tokens.authenticate(created.secret()).isEmpty(), "expired");
    }

    @Test
    void aRevokedTokenStopsAtOnceAndRevokingAgainChangesNothing() {
        CreatedToken first = tokens.create("admin", "one", Duration.ofDays(1));
        CreatedToken second = tokens.create("admin", "two", Duration.ofDays(1));
        ApiToken revoked = tokens.revoke(first.token().id(), "shell:admin");
        assertNotNull(revoked.revokedAt());
        assertEquals("shell:admin", revoked.revokedBy());
        assertTrue(tokens.authenticate(first.secret()).isEmpty());
        assertTrue(tokens.authenticate(second.secret()).isPresent());
        clock.advance(Duration.ofSeconds(60));
        assertEquals(revoked, tokens.revoke(first.token().id(), "someone else"));
        assertEquals(List.of(second.token().id(), first.token().id()),
                tokens.list().stream().map(ApiToken::id).toList());
        assertThrows(RelationException.class, () -> tokens.revoke(999_999, "x"));
    }

    @Test
    void badOwnersNamesAndValiditiesAreRefused() {
        assertThrows(RelationException.class, () -> tokens.create(" ", "n", Duration.ofDays(1)));
        assertThrows(RelationException.class, () -> tokens.create("admin", "", Duration.ofDays(1)));
        assertThrows(RelationException.class, () -> tokens.create("admin", "n", Duration.ZERO));
        assertThrows(RelationException.class, () -> tokens.create("admin", "n", Duration.ofDays(367)));
        assertTrue(tokens.list().isEmpty());
    }

    private List<String> storedHashes() throws Exception {
        List<String> hashes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT secret_hash FROM cr_api_token")) {
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
        }
        return hashes;
    }
}
