package org.helpdesk.customerrelations.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.HistoryEntry.Action;
import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore.BulkResult;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.customerrelations.api.spi.RelationStore.WriteResult;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.testsupport.TestDatabases.Db;
import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The relation store on a real database: Derby, and PostgreSQL when HELPDESK_PG_URL is set. */
class MyBatisRelationStoreTest {

    static Stream<Db> databases() {
        return TestDatabases.all();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> logins(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("%s-%06d", prefix, i)).toList();
    }

    private static Iterator<List<String>> pages(List<String> ids, int size) {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) {
            pages.add(ids.subList(i, Math.min(ids.size(), i + size)));
        }
        return pages.iterator();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void addsAreIdempotentIgnoringCaseAndKeepCreatedAtAndBy(Db db) {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String alice = unique("Alice");
        WriteResult first = store.write(List.of(new Pair(alice, "Acme"), new Pair(alice, "globex")), List.of(),
                Source.API, "admin1");
        assertEquals(2, first.added().size());
        Relation before = relations(store).get(0);

        WriteResult again = store.write(List.of(new Pair(alice.toUpperCase(), "ACME")), List.of(), Source.SHELL,
                "admin2");
        assertEquals(0, again.added().size());
        assertEquals(1, again.unchanged());
        List<Relation> after = relations(store);
        assertEquals(2, after.size());
        assertEquals(before, after.get(0));
        assertEquals("admin1", after.get(0).createdBy());
        assertEquals(alice, after.get(0).login());
        assertEquals(List.of("Acme", "globex"), store.customerIdsOf(alice.toLowerCase()));
        assertEquals(2, store.history(new HistoryQuery(alice, null, 0, 10)).total());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void removalsRecordHistoryAndMissingOnesAreNoOps(Db db) {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String bob = unique("bob");
        store.write(List.of(new Pair(bob, "acme")), List.of(), Source.ADMIN_VIEW, "admin");
        WriteResult removed = store.write(List.of(), List.of(new Pair(bob, "ACME"), new Pair(bob, "initech")),
                Source.SHELL, "root");
        assertEquals(List.of(new Pair(bob, "ACME")), removed.removed());
        assertEquals(1, removed.unchanged());
        assertEquals(0, store.count());

        Page<HistoryEntry> history = store.history(new HistoryQuery(bob.toUpperCase(), "acme", 0, 10));
        assertEquals(2, history.total());
        HistoryEntry newest = history.items().get(0);
        assertEquals(Action.REMOVED, newest.action());
        assertEquals(Source.SHELL, newest.source());
        assertEquals("root", newest.actor());
        assertEquals("", newest.detail());
        assertEquals(Action.ADDED, history.items().get(1).action());
        assertEquals(Source.ADMIN_VIEW, history.items().get(1).source());
        assertTrue(newest.id() > history.items().get(1).id());
        assertTrue(newest.at() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void bulkRelatesAndUnrelatesOnlyWhatChanges(Db db) {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String customer = unique("bulk");
        List<String> users = logins(unique("u"), 2500);
        store.write(List.of(new Pair(users.get(7), customer)), List.of(), Source.API, "admin");

        BulkResult related = store.writeAll(Side.CUSTOMER, customer, () -> pages(users, 1000), true, Source.SHELL,
                "admin");
        assertEquals(2499, related.changed());
        assertEquals(1, related.unchanged());
        assertEquals(1000, related.ids().size());
        assertEquals(2500, store.countLoginsOf(customer, List.of()));
        assertEquals(2500, store.history(new HistoryQuery(null, customer, 0, 10)).total());
        assertEquals(List.of(users.get(0), users.get(1)), store.loginsOf(customer, List.of(), 0, 2));
        assertEquals(List.of(users.get(1), users.get(2)), store.loginsOf(customer, List.of(users.get(0)), 0, 2));
        assertEquals(2499, store.countLoginsOf(customer, List.of(users.get(0))));

        BulkResult again = store.writeAll(Side.CUSTOMER, customer, () -> pages(users, 1000), true, Source.SHELL,
                "admin");
        assertEquals(0, again.changed());
        assertEquals(2500, again.unchanged());

        BulkResult removed = store.writeAll(Side.CUSTOMER, customer, () -> pages(users.subList(0, 1200), 1000), false,
                Source.SHELL, "admin");
        assertEquals(1200, removed.changed());
        assertEquals(1300, store.count());
        assertEquals(3700, store.history(new HistoryQuery(null, customer, 0, 10)).total());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pagesAndExistenceOfOneLogin(Db db) {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String carol = unique("carol");
        store.write(List.of(new Pair(carol, "c"), new Pair(carol, "A"), new Pair(carol, "b")), List.of(), Source.API,
                "x");
        assertEquals(List.of("A", "b", "c"), store.customerIdsOf(carol));
        assertEquals(2, store.countCustomerIdsOf(carol, "B"));
        assertEquals(List.of("c"), store.customerIdsOf(carol, "b", 1, 5));
        Pair asked = new Pair(carol.toUpperCase(), "a");
        assertEquals(Set.of(asked), store.existing(List.of(asked, new Pair(carol, "zzz"), new Pair("nobody", "a"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void renamesMoveRelationsWithHistoryAndAreIdempotent(Db db) {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String old = unique("old");
        String renamed = unique("New");
        store.write(List.of(new Pair(old, "acme"), new Pair(old, "globex"), new Pair(renamed, "globex")), List.of(),
                Source.API, "x");

        BulkResult moved = store.rename(Side.CUSTOMER_USER, old, renamed, "admin");
        assertEquals(1, moved.changed()); // globex merged into the relation the new login already had
        assertEquals(List.of("acme", "globex"), store.customerIdsOf(renamed));
        assertEquals(List.of(), store.customerIdsOf(old));
        assertEquals(0, store.rename(Side.CUSTOMER_USER, old, renamed, "admin").changed());

        List<HistoryEntry> oldHistory = store.history(new HistoryQuery(old, null, 0, 10)).items();
        assertEquals(2 + 2, oldHistory.size());
        assertEquals(Source.RENAME, oldHistory.get(0).source());
        assertEquals(Action.REMOVED, oldHistory.get(0).action());
        assertTrue(oldHistory.get(0).detail().contains(old + " -> " + renamed), oldHistory.get(0).detail());
        List<HistoryEntry> added = store.history(new HistoryQuery(renamed, null, 0, 10)).items().stream()
                .filter(h -> h.source() == Source.RENAME).toList();
        assertEquals(1, added.size());
        assertEquals("acme", added.get(0).customerId());
        assertEquals(Action.ADDED, added.get(0).action());

        String customer = unique("cust");
        store.write(List.of(new Pair(renamed, customer)), List.of(), Source.API, "x");
        String newCustomer = customer.toUpperCase();
        assertEquals(1, store.rename(Side.CUSTOMER, customer, newCustomer, "admin").changed());
        assertTrue(store.customerIdsOf(renamed).contains(newCustomer));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void removingAllOfADeletedKeyRecordsEachRemoval(Db db) {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String customer = unique("gone");
        List<String> users = logins(unique("d"), 30);
        store.writeAll(Side.CUSTOMER, customer, () -> pages(users, 10), true, Source.API, "x");
        BulkResult removed = store.removeAllOf(Side.CUSTOMER, customer.toUpperCase(), Source.DELETE, "admin");
        assertEquals(30, removed.changed());
        assertEquals(30, removed.ids().size());
        assertEquals(0, store.countLoginsOf(customer, List.of()));
        HistoryEntry last = store.history(new HistoryQuery(null, customer, 0, 1)).items().get(0);
        assertEquals(Source.DELETE, last.source());
        assertEquals(Action.REMOVED, last.action());
        assertEquals(0, store.removeAllOf(Side.CUSTOMER, customer, Source.DELETE, "admin").changed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailureInTheMiddleOfABulkWriteLeavesNothingWritten(Db db) {
        new RelationsDatabase(db.dataSource()); // migrates on the real DataSource
        AtomicInteger batchesLeft = new AtomicInteger(Integer.MAX_VALUE);
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(
                FailingDataSource.failingAtBatch(db.dataSource(), batchesLeft)));
        String customer = unique("fail");
        List<String> users = logins(unique("f"), 5000);
        batchesLeft.set(3); // the first pages go through, then a batch fails
        RelationException failed = assertThrows(RelationException.class, () -> store.writeAll(Side.CUSTOMER,
                customer, () -> pages(users, 1000), true, Source.SHELL, "admin"));
        assertEquals(Reason.DATABASE, failed.reason());
        batchesLeft.set(Integer.MAX_VALUE);
        assertEquals(0, store.countLoginsOf(customer, List.of()));
        assertEquals(0, store.history(new HistoryQuery(null, customer, 0, 1)).total());

        batchesLeft.set(1);
        assertThrows(RelationException.class, () -> store.write(
                List.of(new Pair("x1", customer), new Pair("x2", customer)), List.of(), Source.API, "a"));
        batchesLeft.set(Integer.MAX_VALUE);
        assertEquals(0, store.countLoginsOf(customer, List.of()));
        assertEquals(0, store.history(new HistoryQuery(null, customer, 0, 1)).total());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void forEachStreamsInLoginThenCustomerOrder(Db db) {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        store.write(List.of(new Pair("b", "y"), new Pair("a", "z"), new Pair("B", "x"), new Pair("a", "Y")),
                List.of(), Source.API, "x");
        List<String> seen = new ArrayList<>();
        store.forEach(r -> seen.add(r.login() + "/" + r.customerId()));
        assertEquals(List.of("a/Y", "a/z", "B/x", "b/y"), seen);
        RuntimeException stop = new IllegalStateException("consumer failed");
        assertEquals(stop, assertThrows(IllegalStateException.class, () -> store.forEach(r -> {
            throw stop;
        })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentWritersOfTheSameSubjectKeepEachOthersRows(Db db) throws Exception {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String customer = unique("busy");
        List<String> users = logins(unique("c"), 400);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<WriteResult>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // overlapping sets: every pair is wanted by two writers
                int from = t * 100;
                List<Pair> pairs = IntStream.range(from, from + 200).mapToObj(i -> new Pair(users.get(i % 400), customer))
                        .toList();
                results.add(pool.submit(() -> {
                    start.await();
                    return store.write(pairs, List.of(), Source.ADMIN_VIEW, "admin");
                }));
            }
            start.countDown();
            long added = 0;
            long unchanged = 0;
            for (Future<WriteResult> f : results) {
                WriteResult r = f.get(120, TimeUnit.SECONDS);
                added += r.added().size();
                unchanged += r.unchanged();
            }
            assertEquals(400, added);
            assertEquals(400, unchanged);
            assertEquals(400, store.countLoginsOf(customer, List.of()));
            assertEquals(400, store.history(new HistoryQuery(null, customer, 0, 1)).total());
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRenameThatOnlyChangesCaseRespellsTheRelations(Db db) {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String login = unique("case");
        store.write(List.of(new Pair(login, "acme"), new Pair(login, "globex")), List.of(), Source.API, "x");
        assertEquals(2, store.rename(Side.CUSTOMER_USER, login, login.toUpperCase(), "admin").changed());
        List<String> spelled = new ArrayList<>();
        store.forEach(r -> {
            if (r.login().equalsIgnoreCase(login)) {
                spelled.add(r.login());
            }
        });
        assertEquals(List.of(login.toUpperCase(), login.toUpperCase()), spelled);
        assertEquals(2 + 4, store.history(new HistoryQuery(login, null, 0, 10)).total());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentBulkWritesOfOneCustomerBothSucceed(Db db) throws Exception {
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        String customer = unique("twice");
        List<String> users = logins(unique("b"), 3000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<BulkResult>> results = new ArrayList<>();
            for (List<String> part : List.of(users.subList(0, 2000), users.subList(1000, 3000))) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.writeAll(Side.CUSTOMER, customer, () -> pages(part, 500), true, Source.SHELL,
                            "admin");
                }));
            }
            start.countDown();
            long changed = 0;
            long unchanged = 0;
            for (Future<BulkResult> f : results) {
                BulkResult r = f.get(120, TimeUnit.SECONDS);
                changed += r.changed();
                unchanged += r.unchanged();
            }
            assertEquals(3000, changed);
            assertEquals(1000, unchanged);
            assertEquals(3000, store.countLoginsOf(customer, List.of()));
            assertEquals(3000, store.history(new HistoryQuery(null, customer, 0, 1)).total());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Relation> relations(MyBatisRelationStore store) {
        List<Relation> all = new ArrayList<>();
        store.forEach(all::add);
        return all;
    }
}
