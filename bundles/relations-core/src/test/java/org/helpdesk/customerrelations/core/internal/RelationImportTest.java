package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helpdesk.customerrelations.api.RelationEvents;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.ImportOptions;
import org.helpdesk.customerrelations.api.dto.ImportReport;
import org.helpdesk.customerrelations.api.dto.ImportRow;
import org.helpdesk.customerrelations.api.dto.Source;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

class RelationImportTest {

    private final RelationsFixture f = new RelationsFixture();
    private final RelationImport imports = new RelationImport(f.lookup, f.store, f.backends, f.events);
    private final UsersOfCustomer usersOf = new UsersOfCustomer(f.lookup, f.store, f.related);

    @Test
    void importsValidateEveryRowAndApplyAllOrNothing() {
        f.directory(3, 2);
        List<ImportRow> rows = List.of(new ImportRow(2, f.u(1), f.c(2)), new ImportRow(3, "nobody-" + f.run, f.c(2)),
                new ImportRow(4, f.u(2), f.c(3)), new ImportRow(5, f.u(2), "missing-" + f.run),
                new ImportRow(6, f.u(1).toUpperCase(), f.c(2)), new ImportRow(7, f.u(1), f.c(1)),
                new ImportRow(8, "", f.c(2)));
        ImportReport refused = imports.importRelations(rows, new ImportOptions(false, false), "admin");
        assertFalse(refused.applied());
        assertEquals(5, refused.rejected().size());
        Map<Long, String> reasons = new HashMap<>();
        refused.rejected().forEach(r -> reasons.put(r.line(), r.reason()));
        assertEquals("unknown customer user", reasons.get(3L));
        assertEquals("unknown customer", reasons.get(5L));
        assertTrue(reasons.get(6L).contains("duplicate") && reasons.get(6L).contains("2"), reasons.get(6L));
        assertTrue(reasons.get(7L).contains("primary"), reasons.get(7L));
        assertTrue(reasons.get(8L).contains("empty"), reasons.get(8L));
        assertEquals(0, usersOf.page(f.c(2), "", 0, 10).total());

        ImportReport dry = imports.importRelations(rows, new ImportOptions(true, true), "admin");
        assertFalse(dry.applied());
        assertEquals(2, dry.added());
        assertEquals(0, usersOf.page(f.c(2), "", 0, 10).total());

        ImportReport skipped = imports.importRelations(rows, new ImportOptions(false, true), "admin");
        assertTrue(skipped.applied());
        assertEquals(2, skipped.added());
        assertEquals(0, skipped.alreadyPresent());
        assertEquals(List.of(f.c(2)), f.relatedTo(f.u(1)));
        assertEquals(Source.IMPORT, f.history(new HistoryQuery(f.u(2), null, 0, 1)).items().get(0).source());

        ImportReport again = imports.importRelations(rows.subList(0, 1), new ImportOptions(false, false), "admin");
        assertEquals(0, again.added());
        assertEquals(1, again.alreadyPresent());
        assertTrue(again.applied());
    }

    @Test
    void theAddedRowsArePostedAsOneEventPerLogin() {
        f.directory(3, 2);
        ImportReport report = imports.importRelations(List.of(new ImportRow(2, f.u(1), f.c(2)),
                new ImportRow(3, f.u(2), f.c(2)), new ImportRow(4, f.u(1), f.c(3))), new ImportOptions(false, false),
                " ");
        assertEquals(3, report.added());
        Map<Object, Set<String>> idsBySubject = new HashMap<>();
        for (Event event : f.eventAdmin.events) {
            assertEquals(RelationEvents.ADDED, event.getTopic());
            assertEquals("IMPORT", event.getProperty(RelationEvents.SOURCE));
            assertEquals("unknown", event.getProperty(RelationEvents.ACTOR));
            idsBySubject.put(event.getProperty(RelationEvents.SUBJECT),
                    Set.of((String[]) event.getProperty(RelationEvents.IDS)));
        }
        assertEquals(Map.of(f.u(1), Set.of(f.c(2), f.c(3)), f.u(2), Set.of(f.c(2))), idsBySubject);
        assertEquals(2, f.eventAdmin.events.size());
    }
}
