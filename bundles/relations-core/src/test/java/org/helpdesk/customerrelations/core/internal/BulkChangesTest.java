package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.helpdesk.customerrelations.api.RelationEvents;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

class BulkChangesTest {

    private final RelationsFixture f = new RelationsFixture();
    private final BulkChanges bulk = new BulkChanges(f.lookup, f.store, f.backends, f.events);
    private final UsersOfCustomer usersOf = new UsersOfCustomer(f.lookup, f.store, f.related);

    @Test
    void bulkRelatesAllMatchingUsersButNotThoseWhosePrimaryItIs() {
        f.directory(3, 0);
        for (int i = 0; i < 25; i++) {
            f.user(String.format("bulk%02d-%s", i, f.run), f.c(2), "db");
        }
        f.user("ldap-" + f.run, f.c(3), "ldap");
        f.user("dbprimary-" + f.run, f.c(3), "db");
        ChangeResult related = bulk.applyToAllMatching(Side.CUSTOMER, f.c(3), "", true, Source.SHELL, "admin");
        assertEquals(new ChangeResult(26, 0, 0), related); // 25 + ldap-: dbprimary- has c3 as primary
        assertEquals(2 + 25, usersOf.page(f.c(3), "", 0, 1).total());
        Event event = f.eventAdmin.events.get(f.eventAdmin.events.size() - 1);
        assertEquals(26L, event.getProperty(RelationEvents.COUNT));
        assertEquals(26, ((String[]) event.getProperty(RelationEvents.IDS)).length);
        assertEquals(new ChangeResult(0, 0, 26),
                bulk.applyToAllMatching(Side.CUSTOMER, f.c(3), "", true, Source.SHELL, "admin"));
        assertEquals(new ChangeResult(0, 25, 0),
                bulk.applyToAllMatching(Side.CUSTOMER, f.c(3), "bulk", false, Source.SHELL, "admin"));

        ChangeResult toAll = bulk.applyToAllMatching(Side.CUSTOMER_USER, "dbprimary-" + f.run, f.run, true,
                Source.API, "admin");
        assertEquals(2, toAll.added()); // c1 and c2; c3 is the primary
        assertEquals(List.of(f.c(1), f.c(2)), f.relatedTo("dbprimary-" + f.run));
        assertEquals(Reason.UNKNOWN_CUSTOMER, assertThrows(RelationException.class,
                () -> bulk.applyToAllMatching(Side.CUSTOMER, "x" + f.run, "", true, Source.API, "a")).reason());
    }

    @Test
    void theWalkCoversEveryPageOfTheDirectoryAndDefaultsSourceAndActor() {
        RelationsFixture small = new RelationsFixture(2);
        small.directory(7, 1);
        BulkChanges paged = new BulkChanges(small.lookup, small.store, small.backends, small.events);
        assertEquals(new ChangeResult(6, 0, 0),
                paged.applyToAllMatching(Side.CUSTOMER_USER, small.u(1), small.run, true, null, " "));
        assertEquals(List.of(small.c(2), small.c(3), small.c(4), small.c(5), small.c(6), small.c(7)),
                small.relatedTo(small.u(1)));
        Event event = small.eventAdmin.events.get(0);
        assertEquals(RelationEvents.ADDED, event.getTopic());
        assertEquals(6L, event.getProperty(RelationEvents.COUNT));
        assertEquals("API", event.getProperty(RelationEvents.SOURCE));
        assertEquals("unknown", event.getProperty(RelationEvents.ACTOR));

        assertEquals(6, paged.applyToAllMatching(Side.CUSTOMER_USER, small.u(1), small.run, false, Source.SHELL,
                "admin").removed());
        assertEquals(List.of(), small.relatedTo(small.u(1)));
        assertEquals(RelationEvents.REMOVED, small.eventAdmin.events.get(1).getTopic());
    }
}
