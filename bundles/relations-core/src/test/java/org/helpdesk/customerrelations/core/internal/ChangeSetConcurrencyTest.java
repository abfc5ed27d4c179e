package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.ChangeSet;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.junit.jupiter.api.Test;

/** Change sets of one subject from two editors: versions refuse a stale view; concurrent ones both apply. */
class ChangeSetConcurrencyTest {

    private final RelationsFixture f = new RelationsFixture();
    private final ChangeSets changes = new ChangeSets(f.lookup, f.store, f.backends, f.events);

    @Test
    void aChangeSetWithAVersionAppliesOnlyWhileTheSetIsUnchangedFromEitherSide() {
        f.directory(4, 2);
        String read = changes.version(Side.CUSTOMER_USER, f.u(1).toUpperCase());
        assertEquals(new ChangeResult(1, 0, 0), changes.apply(new ChangeSet(Side.CUSTOMER_USER, f.u(1), Set.of(f.c(2)),
                Set.of()), read, Source.API, "api:admin"));
        f.eventAdmin.events.clear();
        // the same version again: the set changed with the write before
        RelationException stale = assertThrows(RelationException.class, () -> changes.apply(new ChangeSet(
                Side.CUSTOMER_USER, f.u(1), Set.of(f.c(3)), Set.of()), read, Source.API, "api:admin"));
        assertEquals(RelationException.Reason.CONFLICT, stale.reason());
        assertEquals(List.of(f.c(2)), f.relatedTo(f.u(1)));
        assertTrue(f.eventAdmin.events.isEmpty());

        // a write from the customer's side changes the user's version too
        String current = changes.version(Side.CUSTOMER_USER, f.u(1));
        changes.apply(new ChangeSet(Side.CUSTOMER, f.c(4), Set.of(f.u(1)), Set.of()), Source.ADMIN_VIEW, "admin");
        assertEquals(RelationException.Reason.CONFLICT, assertThrows(RelationException.class, () -> changes.apply(
                new ChangeSet(Side.CUSTOMER_USER, f.u(1), Set.of(), Set.of()), current, Source.API, "x")).reason());

        RelationException unknown = assertThrows(RelationException.class,
                () -> changes.version(Side.CUSTOMER, "missing-" + f.run));
        assertEquals(RelationException.Reason.UNKNOWN_CUSTOMER, unknown.reason());
        assertEquals(RelationException.Reason.INVALID_VALUE, assertThrows(RelationException.class, () -> changes.apply(
                new ChangeSet(Side.CUSTOMER_USER, f.u(1), Set.of(), Set.of()), " ", Source.API, "x")).reason());
    }

    @Test
    void concurrentChangeSetsOfOneSubjectBothApply() throws Exception {
        f.directory(41, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ChangeResult>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int from = 2 + t * 10; // c2..c21 and c12..c31: ten rows wanted by both
                Set<String> add = Set.copyOf(IntStream.range(from, from + 20).mapToObj(f::c).toList());
                results.add(pool.submit(() -> {
                    start.await();
                    return changes.apply(new ChangeSet(Side.CUSTOMER_USER, f.u(1), add, Set.of()), Source.ADMIN_VIEW,
                            "admin");
                }));
            }
            start.countDown();
            ChangeResult total = ChangeResult.NONE;
            for (Future<ChangeResult> result : results) {
                total = total.plus(result.get(120, TimeUnit.SECONDS));
            }
            assertEquals(new ChangeResult(30, 0, 10), total);
            assertEquals(30, f.relatedTo(f.u(1)).size());
            assertEquals(30, f.history(new HistoryQuery(f.u(1), null, 0, 100)).total());
        } finally {
            pool.shutdownNow();
        }
    }
}
