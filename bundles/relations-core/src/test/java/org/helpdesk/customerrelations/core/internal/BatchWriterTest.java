package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.BatchChange.Operation;
import org.helpdesk.customerrelations.api.dto.BatchChange;
import org.helpdesk.customerrelations.api.dto.BatchReport;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.Source;
import org.junit.jupiter.api.Test;

class BatchWriterTest {

    private final RelationsFixture f = new RelationsFixture();
    private final BatchWriter batches = new BatchWriter(f.directory.customers(), f.directory.users(), f.store, f.backends, f.events);

    @Test
    void aBatchIsCheckedWholeThenWrittenInOneGoOrNotAtAll() {
        f.directory(4, 2);
        f.changes.add(f.u(1), List.of(f.c(2)), Source.SHELL, "admin");
        f.eventAdmin.events.clear();
        List<BatchChange> batch = List.of(new BatchChange(Operation.ADD, f.u(1).toUpperCase(), f.c(3)),
                new BatchChange(Operation.ADD, f.u(2), f.c(3)), new BatchChange(Operation.REMOVE, f.u(1), f.c(2)),
                new BatchChange(Operation.REMOVE, f.u(1), f.c(4)));

        BatchReport dry = batches.apply(batch, true, Source.API, "api:admin");
        assertFalse(dry.applied());
        assertEquals(List.of(0, 1, 2), dry.changed().stream().map(BatchReport.Entry::index).toList());
        assertEquals(List.of(3), dry.unchanged().stream().map(BatchReport.Entry::index).toList());
        assertEquals(List.of(f.c(2)), f.relatedTo(f.u(1)));
        assertTrue(f.eventAdmin.events.isEmpty());

        BatchReport done = batches.apply(batch, false, Source.API, "api:admin");
        assertTrue(done.applied());
        assertEquals(dry.changed(), done.changed());
        assertEquals(f.u(1), done.changed().get(0).change().login(), "the directory's spelling");
        assertEquals(List.of(f.c(3)), f.relatedTo(f.u(1)));
        assertEquals(List.of(f.c(3)), f.relatedTo(f.u(2)));
        assertEquals(3, f.eventAdmin.events.size(), "added for u1 and u2, removed for u1");
        assertEquals(Source.API, f.history(new HistoryQuery(f.u(2), null, 0, 1)).items().get(0).source());

        BatchReport refused = batches.apply(List.of(new BatchChange(Operation.ADD, f.u(1), f.c(4)),
                new BatchChange(Operation.ADD, f.u(1), "missing-" + f.run),
                new BatchChange(Operation.ADD, f.u(1), f.c(1)), new BatchChange(Operation.REMOVE, f.u(1).toUpperCase(),
                        f.c(4)), new BatchChange(Operation.ADD, " ", f.c(4))),
                false, Source.API, "api:admin");
        assertFalse(refused.applied());
        assertEquals(List.of("unknown customer", "primary customer (always included)", "duplicate of index 0",
                "login is empty"), refused.rejected().stream().map(BatchReport.Rejected::reason).toList());
        assertEquals(List.of(1, 2, 3, 4), refused.rejected().stream().map(BatchReport.Rejected::index).toList());
        assertEquals(List.of(f.c(3)), f.relatedTo(f.u(1)));

        List<BatchChange> tooMany = Collections.nCopies(CustomerRelationService.MAX_BATCH + 1,
                new BatchChange(Operation.ADD, f.u(1), f.c(4)));
        assertEquals(RelationException.Reason.INVALID_VALUE, assertThrows(RelationException.class,
                () -> batches.apply(tooMany, false, Source.API, "x")).reason());
    }
}
