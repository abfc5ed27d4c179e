package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.helpdesk.customerrelations.api.RelationEvents;
import org.helpdesk.customerrelations.api.dto.BatchChange.Operation;
import org.helpdesk.customerrelations.api.dto.BatchChange;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.ChangeSet;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.ImportOptions;
import org.helpdesk.customerrelations.api.dto.ImportRow;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.junit.jupiter.api.Test;

/**
 * The component as its callers see it: every call reaches its part (each part has its own test) with the
 * directory, store, backends and events the component was given.
 */
class RelationServiceTest {

    private final RelationsFixture f = new RelationsFixture();
    private final RelationService service = new RelationService(f.directory.customers(), f.directory.users(), f.store, f.backends,
            f.events);

    @Test
    void everyCallReachesItsPart() {
        f.directory(4, 2);
        assertEquals(new ChangeResult(2, 0, 0), service.add(f.u(1), List.of(f.c(2), f.c(3)), Source.API, "t"));
        assertEquals(new ChangeResult(0, 1, 0), service.remove(f.u(1), List.of(f.c(3)), Source.API, "t"));
        String version = service.version(Side.CUSTOMER_USER, f.u(1));
        assertEquals(new ChangeResult(1, 0, 0), service.apply(new ChangeSet(Side.CUSTOMER, f.c(4), Set.of(f.u(1)),
                Set.of()), Source.API, "t"));
        assertEquals(RelationEvents.ADDED, f.eventAdmin.events.get(2).getTopic());
        assertFalse(version.equals(service.version(Side.CUSTOMER_USER, f.u(1))));
        assertEquals(new ChangeResult(0, 1, 0), service.apply(new ChangeSet(Side.CUSTOMER_USER, f.u(1), Set.of(),
                Set.of(f.c(4))), service.version(Side.CUSTOMER_USER, f.u(1)), Source.API, "t"));
        assertTrue(service.applyBatch(List.of(new BatchChange(Operation.ADD, f.u(2), f.c(2))), false, Source.API,
                "t").applied());
        assertEquals(1, service.importRelations(List.of(new ImportRow(2, f.u(2), f.c(3))),
                new ImportOptions(false, false), "t").added());
        assertEquals(new ChangeResult(1, 0, 0), service.applyToAllMatching(Side.CUSTOMER_USER, f.u(1), f.c(4),
                true, Source.API, "t"));

        assertEquals(List.of(f.c(2), f.c(4)), service.allRelatedCustomerIds(f.u(1)));
        assertEquals(Set.of(f.c(2)), service.relatedCustomerIds(f.u(2), List.of(f.c(2), f.c(4))));
        assertEquals(Set.of(f.u(1), f.u(2)), service.relatedLogins(f.c(2), List.of(f.u(1), f.u(2))));
        assertEquals(3, service.customersOf(f.u(1), "", 0, 10).total());
        assertEquals(2, service.customerUsersOf(f.c(2), "", 0, 10).total());
        assertEquals(6, service.history(new HistoryQuery(f.u(1), null, 0, 10)).total());
    }

    @Test
    void exportStreamsEveryRelationAndCounts() {
        f.directory(3, 2);
        long before = service.countRelations();
        service.add(f.u(2), List.of(f.c(2)), Source.API, "t");
        service.add(f.u(1), List.of(f.c(3), f.c(2)), Source.API, "t");
        List<String> ours = new ArrayList<>();
        service.forEachRelation(r -> {
            if (r.login().endsWith(f.run)) {
                ours.add(r.login() + "," + r.customerId());
            }
        });
        assertEquals(List.of(f.u(1) + "," + f.c(2), f.u(1) + "," + f.c(3), f.u(2) + "," + f.c(2)), ours);
        assertEquals(before + 3, service.countRelations());
    }
}
