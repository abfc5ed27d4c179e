package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.helpdesk.customerrelations.api.RelationEvents;
import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.dto.BatchChange;
import org.helpdesk.customerrelations.api.dto.BatchChange.Operation;
import org.helpdesk.customerrelations.api.dto.BatchReport;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.ChangeSet;
import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryEntry.Action;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.ImportOptions;
import org.helpdesk.customerrelations.api.dto.ImportReport;
import org.helpdesk.customerrelations.api.dto.ImportRow;
import org.helpdesk.customerrelations.api.dto.RelatedCustomer;
import org.helpdesk.customerrelations.api.dto.RelatedCustomerUser;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.persistence.internal.MyBatisRelationStore;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.helpdesk.platform.api.directory.dto.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.helpdesk.testsupport.TestDatabases;

/** The relations service on the real store and an embedded Derby database, with a fake directory and backends. */
class RelationServiceTest {

    private static MyBatisRelationStore store;

    private FakeDirectory directory;
    private RecordingEventAdmin eventAdmin;
    private RelationService service;
    private DirectoryListener listener;
    private String run;

    @BeforeAll
    static void database() {
        store = new MyBatisRelationStore(TestDatabases.derby().dataSource());
    }

    @BeforeEach
    void setUp() {
        directory = new FakeDirectory();
        eventAdmin = new RecordingEventAdmin();
        Backends backends = new Backends();
        backends.bindBackend(new FakeBackend("db", false));
        backends.bindBackend(new FakeBackend("ldap", true));
        EventPoster events = new EventPoster(eventAdmin);
        service = new RelationService(directory, directory, store, backends, events);
        listener = new DirectoryListener(store, events);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    private String c(int i) {
        return "c" + i + "-" + run;
    }

    private String u(int i) {
        return "u" + i + "-" + run;
    }

    /** Customers c1..cN; users u1..uM with primary c1 in backend db. */
    private void directory(int customers, int users) {
        for (int i = 1; i <= customers; i++) {
            directory.customer(c(i));
        }
        for (int i = 1; i <= users; i++) {
            directory.user(u(i), c(1), "db");
        }
    }

    @Test
    void unknownOrMalformedValuesAreRefusedAndNothingIsWritten() {
        directory(2, 1);
        RelationException user = assertThrows(RelationException.class,
                () -> service.add("nobody-" + run, List.of(c(2)), Source.API, "t"));
        assertEquals(Reason.UNKNOWN_CUSTOMER_USER, user.reason());
        assertTrue(user.getMessage().contains("nobody-" + run));
        RelationException customer = assertThrows(RelationException.class,
                () -> service.add(u(1), List.of(c(2), "missing-" + run), Source.API, "t"));
        assertEquals(Reason.UNKNOWN_CUSTOMER, customer.reason());
        assertEquals("missing-" + run, customer.value());
        assertEquals(Reason.INVALID_VALUE, assertThrows(RelationException.class,
                () -> service.add(u(1), List.of(" "), Source.API, "t")).reason());
        assertEquals(Reason.INVALID_VALUE, assertThrows(RelationException.class,
                () -> service.add(u(1), List.of("x".repeat(151)), Source.API, "t")).reason());
        assertEquals(Reason.UNKNOWN_CUSTOMER, assertThrows(RelationException.class,
                () -> service.apply(new ChangeSet(Side.CUSTOMER, "nope-" + run, Set.of(u(1)), Set.of()), Source.API,
                        "t")).reason());
        assertEquals(List.of(), service.allRelatedCustomerIds(u(1)));
        assertEquals(0, service.history(new HistoryQuery(u(1), null, 0, 10)).total());
        assertTrue(eventAdmin.events.isEmpty());
    }

    @Test
    void thePrimaryCustomerIsRelatedOnlyWhenTheBackendExcludesIt() {
        directory(2, 1);
        RelationException refused = assertThrows(RelationException.class,
                () -> service.add(u(1), List.of(c(2), c(1).toUpperCase()), Source.API, "t"));
        assertEquals(Reason.PRIMARY_CUSTOMER, refused.reason());
        assertTrue(refused.getMessage().contains(c(1)), refused.getMessage());
        assertEquals(Reason.PRIMARY_CUSTOMER, assertThrows(RelationException.class,
                () -> service.apply(new ChangeSet(Side.CUSTOMER, c(1), Set.of(u(1)), Set.of()), Source.API, "t"))
                .reason());
        assertEquals(List.of(), service.allRelatedCustomerIds(u(1)));

        directory.user("x" + u(1), c(1), "ldap");
        assertEquals(1, service.add("x" + u(1), List.of(c(1)), Source.API, "t").added());
        assertEquals(List.of(c(1)), service.allRelatedCustomerIds("x" + u(1)));
        directory.user("y" + u(1), c(1), "unknown-backend");
        assertEquals(Reason.PRIMARY_CUSTOMER, assertThrows(RelationException.class,
                () -> service.add("y" + u(1), List.of(c(1)), Source.API, "t")).reason());
    }

    @Test
    void addsAreIdempotentKeepCreatedAtAndByAndRecordHistoryAndEvents() {
        directory(3, 1);
        ChangeResult first = service.add(u(1), List.of(c(2), c(3)), Source.SHELL, "admin1");
        assertEquals(new ChangeResult(2, 0, 0), first);
        Relation created = relation(u(1), c(2));
        assertEquals(1, eventAdmin.events.size());
        Event event = eventAdmin.events.get(0);
        assertEquals(RelationEvents.ADDED, event.getTopic());
        assertEquals(u(1), event.getProperty(RelationEvents.SUBJECT));
        assertEquals("CUSTOMER_USER", event.getProperty(RelationEvents.SIDE));
        assertEquals(2L, event.getProperty(RelationEvents.COUNT));
        assertEquals(Set.of(c(2), c(3)), Set.of((String[]) event.getProperty(RelationEvents.IDS)));
        assertEquals("SHELL", event.getProperty(RelationEvents.SOURCE));
        assertEquals("admin1", event.getProperty(RelationEvents.ACTOR));

        assertEquals(new ChangeResult(0, 0, 1), service.add(u(1).toUpperCase(), List.of(c(2).toUpperCase()),
                Source.API, "admin2"));
        assertEquals(created, relation(u(1), c(2)));
        assertEquals("admin1", relation(u(1), c(2)).createdBy());
        assertEquals(1, eventAdmin.events.size(), "no event without a change");

        assertEquals(new ChangeResult(0, 1, 0), service.remove(u(1), List.of(c(2).toUpperCase(), c(2)),
                Source.ADMIN_VIEW, "admin3"));
        assertEquals(new ChangeResult(0, 0, 1), service.remove(u(1), List.of(c(2)), Source.ADMIN_VIEW, "admin3"));
        Page<HistoryEntry> history = service.history(new HistoryQuery(u(1), null, 0, 10));
        assertEquals(3, history.total());
        HistoryEntry newest = history.items().get(0);
        assertEquals(Action.REMOVED, newest.action());
        assertEquals(Source.ADMIN_VIEW, newest.source());
        assertEquals("admin3", newest.actor());
        assertEquals(RelationEvents.REMOVED, eventAdmin.events.get(1).getTopic());
        assertEquals(List.of(c(3)), service.allRelatedCustomerIds(u(1)));
    }

    @Test
    void changeSetsWriteOnlyTheirRowsAndAreAllOrNothing() {
        directory(5, 1);
        service.add(u(1), List.of(c(2), c(3)), Source.API, "other admin");
        // an edit page that saw c2 and c3 unchecked and c4 checked
        ChangeResult result = service.apply(new ChangeSet(Side.CUSTOMER_USER, u(1), Set.of(c(4)), Set.of(c(2))),
                Source.ADMIN_VIEW, "admin");
        assertEquals(new ChangeResult(1, 1, 0), result);
        assertEquals(List.of(c(3), c(4)), service.allRelatedCustomerIds(u(1)));

        assertThrows(RelationException.class, () -> service.apply(new ChangeSet(Side.CUSTOMER_USER, u(1),
                Set.of(c(5), "missing-" + run), Set.of(c(3))), Source.ADMIN_VIEW, "admin"));
        assertEquals(List.of(c(3), c(4)), service.allRelatedCustomerIds(u(1)));

        directory.user(u(2), c(5), "db");
        assertEquals(new ChangeResult(2, 0, 0), service.apply(new ChangeSet(Side.CUSTOMER, c(3), Set.of(u(2)),
                Set.of()), Source.ADMIN_VIEW, "admin").plus(service.apply(new ChangeSet(Side.CUSTOMER, c(4),
                        Set.of(u(2)), Set.of()), Source.ADMIN_VIEW, "admin")));
        assertEquals(Set.of(u(2).toUpperCase()), service.relatedLogins(c(3), List.of(u(2).toUpperCase(), "x")));
        assertEquals(Set.of(c(3)), service.relatedCustomerIds(u(2), List.of(c(3), c(5), "")));
    }

    @Test
    void aChangeSetWithAVersionAppliesOnlyWhileTheSetIsUnchangedFromEitherSide() {
        directory(4, 2);
        String read = service.version(Side.CUSTOMER_USER, u(1).toUpperCase());
        assertEquals(new ChangeResult(1, 0, 0), service.apply(new ChangeSet(Side.CUSTOMER_USER, u(1), Set.of(c(2)),
                Set.of()), read, Source.API, "api:admin"));
        eventAdmin.events.clear();
        // the same version again: the set changed with the write before
        RelationException stale = assertThrows(RelationException.class, () -> service.apply(new ChangeSet(
                Side.CUSTOMER_USER, u(1), Set.of(c(3)), Set.of()), read, Source.API, "api:admin"));
        assertEquals(RelationException.Reason.CONFLICT, stale.reason());
        assertEquals(List.of(c(2)), service.allRelatedCustomerIds(u(1)));
        assertTrue(eventAdmin.events.isEmpty());

        // a write from the customer's side changes the user's version too
        String current = service.version(Side.CUSTOMER_USER, u(1));
        service.apply(new ChangeSet(Side.CUSTOMER, c(4), Set.of(u(1)), Set.of()), Source.ADMIN_VIEW, "admin");
        assertEquals(RelationException.Reason.CONFLICT, assertThrows(RelationException.class, () -> service.apply(
                new ChangeSet(Side.CUSTOMER_USER, u(1), Set.of(), Set.of()), current, Source.API, "x")).reason());

        RelationException unknown = assertThrows(RelationException.class,
                () -> service.version(Side.CUSTOMER, "missing-" + run));
        assertEquals(RelationException.Reason.UNKNOWN_CUSTOMER, unknown.reason());
        assertEquals(RelationException.Reason.INVALID_VALUE, assertThrows(RelationException.class, () -> service.apply(
                new ChangeSet(Side.CUSTOMER_USER, u(1), Set.of(), Set.of()), " ", Source.API, "x")).reason());
    }

    @Test
    void aBatchIsCheckedWholeThenWrittenInOneGoOrNotAtAll() {
        directory(4, 2);
        service.add(u(1), List.of(c(2)), Source.SHELL, "admin");
        eventAdmin.events.clear();
        List<BatchChange> batch = List.of(new BatchChange(Operation.ADD, u(1).toUpperCase(), c(3)),
                new BatchChange(Operation.ADD, u(2), c(3)), new BatchChange(Operation.REMOVE, u(1), c(2)),
                new BatchChange(Operation.REMOVE, u(1), c(4)));

        BatchReport dry = service.applyBatch(batch, true, Source.API, "api:admin");
        assertFalse(dry.applied());
        assertEquals(List.of(0, 1, 2), dry.changed().stream().map(BatchReport.Entry::index).toList());
        assertEquals(List.of(3), dry.unchanged().stream().map(BatchReport.Entry::index).toList());
        assertEquals(List.of(c(2)), service.allRelatedCustomerIds(u(1)));
        assertTrue(eventAdmin.events.isEmpty());

        BatchReport done = service.applyBatch(batch, false, Source.API, "api:admin");
        assertTrue(done.applied());
        assertEquals(dry.changed(), done.changed());
        assertEquals(u(1), done.changed().get(0).change().login(), "the directory's spelling");
        assertEquals(List.of(c(3)), service.allRelatedCustomerIds(u(1)));
        assertEquals(List.of(c(3)), service.allRelatedCustomerIds(u(2)));
        assertEquals(3, eventAdmin.events.size(), "added for u1 and u2, removed for u1");
        assertEquals(Source.API, service.history(new HistoryQuery(u(2), null, 0, 1)).items().get(0).source());

        BatchReport refused = service.applyBatch(List.of(new BatchChange(Operation.ADD, u(1), c(4)),
                new BatchChange(Operation.ADD, u(1), "missing-" + run), new BatchChange(Operation.ADD, u(1), c(1)),
                new BatchChange(Operation.REMOVE, u(1).toUpperCase(), c(4)), new BatchChange(Operation.ADD, " ", c(4))),
                false, Source.API, "api:admin");
        assertFalse(refused.applied());
        assertEquals(List.of("unknown customer", "primary customer (always included)", "duplicate of index 0",
                "login is empty"), refused.rejected().stream().map(BatchReport.Rejected::reason).toList());
        assertEquals(List.of(1, 2, 3, 4), refused.rejected().stream().map(BatchReport.Rejected::index).toList());
        assertEquals(List.of(c(3)), service.allRelatedCustomerIds(u(1)));

        List<BatchChange> tooMany = java.util.Collections.nCopies(CustomerRelationService.MAX_BATCH + 1,
                new BatchChange(Operation.ADD, u(1), c(4)));
        assertEquals(RelationException.Reason.INVALID_VALUE, assertThrows(RelationException.class,
                () -> service.applyBatch(tooMany, false, Source.API, "x")).reason());
    }

    @Test
    void concurrentChangeSetsOfOneSubjectBothApply() throws Exception {
        directory(41, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ChangeResult>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int from = 2 + t * 10; // c2..c21 and c12..c31: ten rows wanted by both
                Set<String> add = Set.copyOf(IntStream.range(from, from + 20).mapToObj(this::c).toList());
                results.add(pool.submit(() -> {
                    start.await();
                    return service.apply(new ChangeSet(Side.CUSTOMER_USER, u(1), add, Set.of()), Source.ADMIN_VIEW,
                            "admin");
                }));
            }
            start.countDown();
            ChangeResult total = ChangeResult.NONE;
            for (Future<ChangeResult> f : results) {
                total = total.plus(f.get(120, TimeUnit.SECONDS));
            }
            assertEquals(new ChangeResult(30, 0, 10), total);
            assertEquals(30, service.allRelatedCustomerIds(u(1)).size());
            assertEquals(30, service.history(new HistoryQuery(u(1), null, 0, 100)).total());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void customersOfAUserListThePrimaryFirstThenRelatedPagedWithExactCount() {
        directory(5, 1);
        service.add(u(1), List.of(c(4), c(2), c(3)), Source.API, "t");
        Page<RelatedCustomer> all = service.customersOf(u(1), "", 0, 10);
        assertEquals(4, all.total());
        assertEquals(List.of(c(1), c(2), c(3), c(4)), all.items().stream().map(r -> r.customer().customerId()).toList());
        assertTrue(all.items().get(0).primary());
        assertFalse(all.items().get(0).related());
        assertTrue(all.items().get(1).related());
        assertFalse(all.items().get(1).primary());

        Page<RelatedCustomer> second = service.customersOf(u(1), null, 1, 2);
        assertEquals(4, second.total());
        assertEquals(List.of(c(2), c(3)), second.items().stream().map(r -> r.customer().customerId()).toList());

        Page<RelatedCustomer> filtered = service.customersOf(u(1), c(3), 0, 10);
        assertEquals(1, filtered.total());
        assertEquals(c(3), filtered.items().get(0).customer().customerId());
        assertEquals(4, service.customersOf(u(1), run, 0, 10).total());
        assertEquals(Reason.UNKNOWN_CUSTOMER_USER, assertThrows(RelationException.class,
                () -> service.customersOf("nobody-" + run, "", 0, 10)).reason());
        assertThrows(IllegalArgumentException.class, () -> service.customersOf(u(1), "", 0, 0));
    }

    @Test
    void customerUsersOfACustomerListPrimaryUsersThenRelatedOnes() {
        directory(2, 3); // u1..u3 primary c1
        directory.user("a" + u(9), c(2), "db");
        directory.user("b" + u(9), c(2), "ldap");
        directory.user("z" + u(9), c(2), "db");
        service.add(u(2), List.of(c(2)), Source.API, "t");
        service.add("b" + u(9), List.of(c(2)), Source.API, "t"); // primary excluded in ldap: related and primary
        Page<RelatedCustomerUser> users = service.customerUsersOf(c(2), "", 0, 10);
        assertEquals(4, users.total());
        assertEquals(List.of("a" + u(9), "b" + u(9), "z" + u(9), u(2)),
                users.items().stream().map(r -> r.customerUser().login()).toList());
        assertTrue(users.items().get(0).primary());
        assertFalse(users.items().get(0).related());
        assertTrue(users.items().get(1).primary() && users.items().get(1).related());
        assertTrue(users.items().get(3).related() && !users.items().get(3).primary());

        Page<RelatedCustomerUser> page = service.customerUsersOf(c(2), "", 2, 2);
        assertEquals(4, page.total());
        assertEquals(List.of("z" + u(9), u(2)), page.items().stream().map(r -> r.customerUser().login()).toList());

        Page<RelatedCustomerUser> filtered = service.customerUsersOf(c(2), u(2), 0, 10);
        assertEquals(1, filtered.total());
        assertEquals(u(2), filtered.items().get(0).customerUser().login());
        assertEquals(3, service.customerUsersOf(c(1), "", 0, 10).total());
    }

    @Test
    void bulkRelatesAllMatchingUsersButNotThoseWhosePrimaryItIs() {
        directory(3, 0);
        for (int i = 0; i < 25; i++) {
            directory.user(String.format("bulk%02d-%s", i, run), c(2), "db");
        }
        directory.user("ldap-" + run, c(3), "ldap");
        directory.user("dbprimary-" + run, c(3), "db");
        ChangeResult related = service.applyToAllMatching(Side.CUSTOMER, c(3), "", true, Source.SHELL, "admin");
        assertEquals(new ChangeResult(26, 0, 0), related); // 25 + ldap-: dbprimary- has c3 as primary
        assertEquals(2 + 25, service.customerUsersOf(c(3), "", 0, 1).total());
        Event event = eventAdmin.events.get(eventAdmin.events.size() - 1);
        assertEquals(26L, event.getProperty(RelationEvents.COUNT));
        assertEquals(26, ((String[]) event.getProperty(RelationEvents.IDS)).length);
        assertEquals(new ChangeResult(0, 0, 26),
                service.applyToAllMatching(Side.CUSTOMER, c(3), "", true, Source.SHELL, "admin"));
        assertEquals(new ChangeResult(0, 25, 0),
                service.applyToAllMatching(Side.CUSTOMER, c(3), "bulk", false, Source.SHELL, "admin"));

        ChangeResult toAll = service.applyToAllMatching(Side.CUSTOMER_USER, "dbprimary-" + run, run, true,
                Source.API, "admin");
        assertEquals(2, toAll.added()); // c1 and c2; c3 is the primary
        assertEquals(List.of(c(1), c(2)), service.allRelatedCustomerIds("dbprimary-" + run));
        assertEquals(Reason.UNKNOWN_CUSTOMER, assertThrows(RelationException.class,
                () -> service.applyToAllMatching(Side.CUSTOMER, "x" + run, "", true, Source.API, "a")).reason());
    }

    @Test
    void importsValidateEveryRowAndApplyAllOrNothing() {
        directory(3, 2);
        List<ImportRow> rows = List.of(new ImportRow(2, u(1), c(2)), new ImportRow(3, "nobody-" + run, c(2)),
                new ImportRow(4, u(2), c(3)), new ImportRow(5, u(2), "missing-" + run),
                new ImportRow(6, u(1).toUpperCase(), c(2)), new ImportRow(7, u(1), c(1)), new ImportRow(8, "", c(2)));
        ImportReport refused = service.importRelations(rows, new ImportOptions(false, false), "admin");
        assertFalse(refused.applied());
        assertEquals(5, refused.rejected().size());
        Map<Long, String> reasons = new HashMap<>();
        refused.rejected().forEach(r -> reasons.put(r.line(), r.reason()));
        assertEquals("unknown customer user", reasons.get(3L));
        assertEquals("unknown customer", reasons.get(5L));
        assertTrue(reasons.get(6L).contains("duplicate") && reasons.get(6L).contains("2"), reasons.get(6L));
        assertTrue(reasons.get(7L).contains("primary"), reasons.get(7L));
        assertTrue(reasons.get(8L).contains("empty"), reasons.get(8L));
        assertEquals(0, service.customerUsersOf(c(2), "", 0, 10).total());

        ImportReport dry = service.importRelations(rows, new ImportOptions(true, true), "admin");
        assertFalse(dry.applied());
        assertEquals(2, dry.added());
        assertEquals(0, service.customerUsersOf(c(2), "", 0, 10).total());

        ImportReport skipped = service.importRelations(rows, new ImportOptions(false, true), "admin");
        assertTrue(skipped.applied());
        assertEquals(2, skipped.added());
        assertEquals(0, skipped.alreadyPresent());
        assertEquals(List.of(c(2)), service.allRelatedCustomerIds(u(1)));
        assertEquals(Source.IMPORT, service.history(new HistoryQuery(u(2), null, 0, 1)).items().get(0).source());

        ImportReport again = service.importRelations(rows.subList(0, 1), new ImportOptions(false, false), "admin");
        assertEquals(0, again.added());
        assertEquals(1, again.alreadyPresent());
        assertTrue(again.applied());
    }

    @Test
    void theContributorGrantsRelatedIdsSortedAndAtOnce() {
        directory(4, 1);
        RelationCustomerIds contributor = new RelationCustomerIds(store);
        service.add(u(1), List.of(c(3), c(2)), Source.API, "t");
        assertEquals(List.of(new CustomerIdGrant(c(2), "relation"), new CustomerIdGrant(c(3), "relation")),
                contributor.customerIds(u(1).toUpperCase()));
        service.remove(u(1), List.of(c(2)), Source.API, "t");
        assertEquals(List.of(new CustomerIdGrant(c(3), "relation")), contributor.customerIds(u(1)));
    }

    @Test
    void relationsFollowDirectoryRenamesAndDeletes() {
        directory(3, 2);
        service.add(u(1), List.of(c(2), c(3)), Source.API, "t");
        service.add(u(2), List.of(c(3)), Source.API, "t");

        listener.handleEvent(new Event(DirectoryEvents.CUSTOMER_USER_RENAMED, Map.of(DirectoryEvents.OLD_LOGIN, u(1),
                DirectoryEvents.LOGIN, "r" + u(1), DirectoryEvents.ACTOR, "admin")));
        listener.handleEvent(new Event(DirectoryEvents.CUSTOMER_USER_RENAMED, Map.of(DirectoryEvents.OLD_LOGIN, u(1),
                DirectoryEvents.LOGIN, "r" + u(1), DirectoryEvents.ACTOR, "admin"))); // twice: no harm
        listener.handleEvent(new Event(DirectoryEvents.CUSTOMER_RENAMED, Map.of(DirectoryEvents.OLD_CUSTOMER_ID, c(2),
                DirectoryEvents.CUSTOMER_ID, "r" + c(2), DirectoryEvents.ACTOR, "admin")));
        assertEquals(List.of(), service.allRelatedCustomerIds(u(1)));
        assertEquals(List.of(c(3), "r" + c(2)), service.allRelatedCustomerIds("r" + u(1)));
        HistoryEntry rename = service.history(new HistoryQuery("r" + u(1), "r" + c(2), 0, 1)).items().get(0);
        assertEquals(Source.RENAME, rename.source());
        assertEquals(Action.ADDED, rename.action());
        assertTrue(rename.detail().contains(c(2) + " -> r" + c(2)), rename.detail());

        listener.handleEvent(new Event(DirectoryEvents.CUSTOMER_USER_DELETED, Map.of(DirectoryEvents.LOGIN,
                "r" + u(1), DirectoryEvents.ACTOR, "admin")));
        assertEquals(List.of(), service.allRelatedCustomerIds("r" + u(1)));
        HistoryEntry deleted = service.history(new HistoryQuery("r" + u(1), null, 0, 1)).items().get(0);
        assertEquals(Source.DELETE, deleted.source());
        assertEquals(Action.REMOVED, deleted.action());

        listener.handleEvent(new Event(DirectoryEvents.CUSTOMER_DELETED, Map.of(DirectoryEvents.CUSTOMER_ID, c(3))));
        assertEquals(List.of(), service.allRelatedCustomerIds(u(2)));
        assertEquals(Source.DELETE, service.history(new HistoryQuery(u(2), null, 0, 1)).items().get(0).source());
    }

    @Test
    void exportStreamsEveryRelationAndCounts() {
        directory(3, 2);
        long before = service.countRelations();
        service.add(u(2), List.of(c(2)), Source.API, "t");
        service.add(u(1), List.of(c(3), c(2)), Source.API, "t");
        List<String> ours = new ArrayList<>();
        service.forEachRelation(r -> {
            if (r.login().endsWith(run)) {
                ours.add(r.login() + "," + r.customerId());
            }
        });
        assertEquals(List.of(u(1) + "," + c(2), u(1) + "," + c(3), u(2) + "," + c(2)), ours);
        assertEquals(before + 3, service.countRelations());
    }

    private Relation relation(String login, String customerId) {
        List<Relation> found = new ArrayList<>();
        service.forEachRelation(r -> {
            if (r.login().equalsIgnoreCase(login) && r.customerId().equalsIgnoreCase(customerId)) {
                found.add(r);
            }
        });
        assertEquals(1, found.size());
        return found.get(0);
    }

}
