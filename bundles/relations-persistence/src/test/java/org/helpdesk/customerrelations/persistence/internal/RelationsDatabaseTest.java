package org.helpdesk.customerrelations.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

/** The wiring in Karaf: both stores on one migrated database component. */
class RelationsDatabaseTest {

    @Test
    void bothStoresWorkOnOneDatabaseAndASecondMigrationChangesNothing() {
        DataSource dataSource = TestDatabases.derby().dataSource();
        RelationsDatabase database = new RelationsDatabase(dataSource);
        MyBatisRelationStore relations = new MyBatisRelationStore(database);
        MyBatisTokenStore tokens = new MyBatisTokenStore(database);

        relations.write(List.of(new Pair("alice", "acme")), List.of(), Source.API, "admin");
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        tokens.insert("admin", "sync", "0".repeat(64), now, now.plusSeconds(60));

        MyBatisRelationStore again = new MyBatisRelationStore(new RelationsDatabase(dataSource));
        assertEquals(List.of("acme"), again.customerIdsOf("alice"));
        assertTrue(new MyBatisTokenStore(database).findByHash("0".repeat(64)).isPresent());
    }
}
