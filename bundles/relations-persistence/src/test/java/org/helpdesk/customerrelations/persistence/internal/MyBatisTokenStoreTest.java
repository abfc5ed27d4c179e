package org.helpdesk.customerrelations.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.ApiToken;
import org.helpdesk.testsupport.TestDatabases.Db;
import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** API tokens on a real database: Derby, and PostgreSQL when HELPDESK_PG_URL is set. */
class MyBatisTokenStoreTest {

    static Stream<Db> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesFindsListsAndRevokesOnce(Db db) {
        MyBatisTokenStore store = new MyBatisTokenStore(new RelationsDatabase(db.dataSource()));
        String hash = UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000";
        Instant created = Instant.parse("2026-12-07T10:00:00.123456789Z");
        ApiToken token = store.insert("admin", "CRM sync", hash, created, created.plusSeconds(3600));
        assertEquals(Instant.parse("2026-12-07T10:00:00.123456Z"), token.createdAt());
        assertNull(token.revokedAt());
        assertEquals(token, store.findByHash(hash).orElseThrow());
        assertEquals(token, store.find(token.id()).orElseThrow());
        assertTrue(store.findByHash(hash.replace('0', '1')).isEmpty());
        assertEquals(token.id(), store.list().get(0).id());

        assertTrue(store.revoke(token.id(), created.plusSeconds(60), "shell:admin"));
        assertFalse(store.revoke(token.id(), created.plusSeconds(120), "other"));
        ApiToken revoked = store.find(token.id()).orElseThrow();
        assertEquals(created.plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MICROS), revoked.revokedAt());
        assertEquals("shell:admin", revoked.revokedBy());

        // the secret's hash is unique
        assertThrows(RelationException.class, () -> store.insert("admin", "again", hash, created, created));
    }
}
