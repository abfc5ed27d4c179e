package org.helpdesk.customerrelations.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.testsupport.TestDatabases.Db;
import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Versions of a subject's relation set, and writes that only happen while a version holds. */
class ConditionalWriteTest {

    static Stream<Db> databases() {
        return TestDatabases.all();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theVersionFollowsTheSetFromBothSidesIgnoringCase(Db db) {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String alice = unique("alice");
        String acme = unique("acme");
        String empty = store.version(Side.CUSTOMER_USER, alice);
        String customerBefore = store.version(Side.CUSTOMER, acme);
        store.write(List.of(new Pair(alice, acme)), List.of(), Source.API, "t");
        String related = store.version(Side.CUSTOMER_USER, alice);
        assertNotEquals(empty, related);
        assertEquals(related, store.version(Side.CUSTOMER_USER, alice.toUpperCase()));
        assertNotEquals(customerBefore, store.version(Side.CUSTOMER, acme));
        store.write(List.of(), List.of(new Pair(alice, acme)), Source.API, "t");
        assertEquals(empty, store.version(Side.CUSTOMER_USER, alice));
        assertEquals(customerBefore, store.version(Side.CUSTOMER, acme));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStaleVersionIsAConflictAndWritesNothing(Db db) {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String alice = unique("alice");
        String read = store.version(Side.CUSTOMER_USER, alice);
        store.write(List.of(new Pair(alice, "globex")), List.of(), Source.SHELL, "other admin");
        RelationException conflict = assertThrows(RelationException.class, () -> store.write(
                List.of(new Pair(alice, "initech")), List.of(new Pair(alice, "globex")), Source.API, "t",
                Side.CUSTOMER_USER, alice, read));
        assertEquals(Reason.CONFLICT, conflict.reason());
        assertEquals(List.of("globex"), store.customerIdsOf(alice));
        assertEquals(1, store.history(new HistoryQuery(alice, null, 0, 10)).total());

        String current = store.version(Side.CUSTOMER_USER, alice);
        assertEquals(1, store.write(List.of(new Pair(alice, "initech")), List.of(), Source.API, "t",
                Side.CUSTOMER_USER, alice, current).added().size());
    }

    /**
     * Two writers (on PostgreSQL two stores, as two nodes would have) read the subject's version and write
     * with it, round after round: of two writes from the same version at most one may succeed.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ofTwoWritersFromOneVersionOnlyOneWins(Db db) throws Exception {
        MyBatisRelationStore first = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        // Derby is embedded: one node; on PostgreSQL the database alone must keep the writers apart
        MyBatisRelationStore second = db.name().equals("Derby") ? first
                : new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String login = unique("shared");
        int rounds = 40;
        Set<String> winningVersions = ConcurrentHashMap.newKeySet();
        List<String> duplicates = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> writers = new ArrayList<>();
            for (MyBatisRelationStore store : List.of(first, second)) {
                int writer = writers.size();
                writers.add(pool.submit(() -> {
                    int wins = 0;
                    for (int round = 0; round < rounds; round++) {
                        start.await(30, TimeUnit.SECONDS);
                        String version = store.version(Side.CUSTOMER_USER, login);
                        try {
                            store.write(List.of(new Pair(login, "c" + writer + "-" + round)), List.of(), Source.API,
                                    "writer" + writer, Side.CUSTOMER_USER, login, version);
                            wins++;
                            if (!winningVersions.add(version)) {
                                synchronized (duplicates) {
                                    duplicates.add(version);
                                }
                            }
                        } catch (RelationException e) {
                            assertEquals(Reason.CONFLICT, e.reason(), e.getMessage());
                        }
                    }
                    return wins;
                }));
            }
            int wins = 0;
            for (Future<Integer> writer : writers) {
                wins += writer.get(300, TimeUnit.SECONDS);
            }
            assertTrue(duplicates.isEmpty(), "two writes succeeded from one version: " + duplicates);
            assertTrue(wins >= rounds, "every round has a winner: " + wins);
            assertEquals(wins, first.customerIdsOf(login).size());
            assertEquals(wins, first.history(new HistoryQuery(login, null, 0, 10)).total());
            assertEquals(wins, new HashSet<>(winningVersions).size());
        } finally {
            pool.shutdownNow();
        }
    }
}
