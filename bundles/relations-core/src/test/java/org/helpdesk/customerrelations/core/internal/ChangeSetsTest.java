package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.helpdesk.customerrelations.api.RelationEvents;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.ChangeSet;
import org.helpdesk.customerrelations.api.dto.HistoryEntry.Action;
import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.platform.api.directory.dto.Page;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** Single writes on the real store: checks against the directory and the primary rule, history and events. */
class ChangeSetsTest {

    private final RelationsFixture f = new RelationsFixture();
    private final ChangeSets changes = new ChangeSets(f.lookup, f.store, f.backends, f.events);

    @Test
    void unknownOrMalformedValuesAreRefusedAndNothingIsWritten() {
        f.directory(2, 1);
        RelationException user = assertThrows(RelationException.class,
                () -> changes.add("nobody-" + f.run, List.of(f.c(2)), Source.API, "t"));
        assertEquals(Reason.UNKNOWN_CUSTOMER_USER, user.reason());
        assertTrue(user.getMessage().contains("nobody-" + f.run));
        RelationException customer = assertThrows(RelationException.class,
                () -> changes.add(f.u(1), List.of(f.c(2), "missing-" + f.run), Source.API, "t"));
        assertEquals(Reason.UNKNOWN_CUSTOMER, customer.reason());
        assertEquals("missing-" + f.run, customer.value());
        assertEquals(Reason.INVALID_VALUE, assertThrows(RelationException.class,
                () -> changes.add(f.u(1), List.of(" "), Source.API, "t")).reason());
        assertEquals(Reason.INVALID_VALUE, assertThrows(RelationException.class,
                () -> changes.add(f.u(1), List.of("x".repeat(151)), Source.API, "t")).reason());
        assertEquals(Reason.UNKNOWN_CUSTOMER, assertThrows(RelationException.class,
                () -> changes.apply(new ChangeSet(Side.CUSTOMER, "nope-" + f.run, Set.of(f.u(1)), Set.of()), Source.API,
                        "t")).reason());
        assertEquals(List.of(), f.relatedTo(f.u(1)));
        assertEquals(0, f.history(new HistoryQuery(f.u(1), null, 0, 10)).total());
        assertTrue(f.eventAdmin.events.isEmpty());
    }

    @Test
    void thePrimaryCustomerIsRelatedOnlyWhenTheBackendExcludesIt() {
        f.directory(2, 1);
        RelationException refused = assertThrows(RelationException.class,
                () -> changes.add(f.u(1), List.of(f.c(2), f.c(1).toUpperCase()), Source.API, "t"));
        assertEquals(Reason.PRIMARY_CUSTOMER, refused.reason());
        assertTrue(refused.getMessage().contains(f.c(1)), refused.getMessage());
        assertEquals(Reason.PRIMARY_CUSTOMER, assertThrows(RelationException.class,
                () -> changes.apply(new ChangeSet(Side.CUSTOMER, f.c(1), Set.of(f.u(1)), Set.of()), Source.API, "t"))
                .reason());
        assertEquals(List.of(), f.relatedTo(f.u(1)));

        f.user("x" + f.u(1), f.c(1), "ldap");
        assertEquals(1, changes.add("x" + f.u(1), List.of(f.c(1)), Source.API, "t").added());
        assertEquals(List.of(f.c(1)), f.relatedTo("x" + f.u(1)));
        f.user("y" + f.u(1), f.c(1), "unknown-backend");
        assertEquals(Reason.PRIMARY_CUSTOMER, assertThrows(RelationException.class,
                () -> changes.add("y" + f.u(1), List.of(f.c(1)), Source.API, "t")).reason());
    }

    @Test
    void addsAreIdempotentKeepCreatedAtAndByAndRecordHistoryAndEvents() {
        f.directory(3, 1);
        ChangeResult first = changes.add(f.u(1), List.of(f.c(2), f.c(3)), Source.SHELL, "admin1");
        assertEquals(new ChangeResult(2, 0, 0), first);
        Relation created = f.relation(f.u(1), f.c(2));
        assertEquals(1, f.eventAdmin.events.size());
        Event event = f.eventAdmin.events.get(0);
        assertEquals(RelationEvents.ADDED, event.getTopic());
        assertEquals(f.u(1), event.getProperty(RelationEvents.SUBJECT));
        assertEquals("CUSTOMER_USER", event.getProperty(RelationEvents.SIDE));
        assertEquals(2L, event.getProperty(RelationEvents.COUNT));
        assertEquals(Set.of(f.c(2), f.c(3)), Set.of((String[]) event.getProperty(RelationEvents.IDS)));
        assertEquals("SHELL", event.getProperty(RelationEvents.SOURCE));
        assertEquals("admin1", event.getProperty(RelationEvents.ACTOR));

        assertEquals(new ChangeResult(0, 0, 1), changes.add(f.u(1).toUpperCase(), List.of(f.c(2).toUpperCase()),
                Source.API, "admin2"));
        assertEquals(created, f.relation(f.u(1), f.c(2)));
        assertEquals("admin1", f.relation(f.u(1), f.c(2)).createdBy());
        assertEquals(1, f.eventAdmin.events.size(), "no event without a change");

        assertEquals(new ChangeResult(0, 1, 0), changes.remove(f.u(1), List.of(f.c(2).toUpperCase(), f.c(2)),
                Source.ADMIN_VIEW, "admin3"));
        assertEquals(new ChangeResult(0, 0, 1), changes.remove(f.u(1), List.of(f.c(2)), Source.ADMIN_VIEW, "admin3"));
        Page<HistoryEntry> history = f.history(new HistoryQuery(f.u(1), null, 0, 10));
        assertEquals(3, history.total());
        HistoryEntry newest = history.items().get(0);
        assertEquals(Action.REMOVED, newest.action());
        assertEquals(Source.ADMIN_VIEW, newest.source());
        assertEquals("admin3", newest.actor());
        assertEquals(RelationEvents.REMOVED, f.eventAdmin.events.get(1).getTopic());
        assertEquals(List.of(f.c(3)), f.relatedTo(f.u(1)));
    }

    @Test
    void changeSetsWriteOnlyTheirRowsAndAreAllOrNothing() {
        f.directory(5, 1);
        changes.add(f.u(1), List.of(f.c(2), f.c(3)), Source.API, "other admin");
        // an edit page that saw c2 and c3 unchecked and c4 checked
        ChangeResult result = changes.apply(new ChangeSet(Side.CUSTOMER_USER, f.u(1), Set.of(f.c(4)), Set.of(f.c(2))),
                Source.ADMIN_VIEW, "admin");
        assertEquals(new ChangeResult(1, 1, 0), result);
        assertEquals(List.of(f.c(3), f.c(4)), f.relatedTo(f.u(1)));

        assertThrows(RelationException.class, () -> changes.apply(new ChangeSet(Side.CUSTOMER_USER, f.u(1),
                Set.of(f.c(5), "missing-" + f.run), Set.of(f.c(3))), Source.ADMIN_VIEW, "admin"));
        assertEquals(List.of(f.c(3), f.c(4)), f.relatedTo(f.u(1)));

        f.user(f.u(2), f.c(5), "db");
        assertEquals(new ChangeResult(2, 0, 0), changes.apply(new ChangeSet(Side.CUSTOMER, f.c(3), Set.of(f.u(2)),
                Set.of()), Source.ADMIN_VIEW, "admin").plus(changes.apply(new ChangeSet(Side.CUSTOMER, f.c(4),
                        Set.of(f.u(2)), Set.of()), Source.ADMIN_VIEW, "admin")));
        assertEquals(Set.of(f.u(2).toUpperCase()), f.related.logins(f.c(3), List.of(f.u(2).toUpperCase(), "x")));
        assertEquals(Set.of(f.c(3)), f.related.customerIds(f.u(2), List.of(f.c(3), f.c(5), "")));
    }

    @Test
    void anEmptyChangeSetWritesAndPostsNothing() {
        f.directory(2, 1);
        assertEquals(ChangeResult.NONE, changes.apply(new ChangeSet(Side.CUSTOMER_USER, f.u(1), Set.of(), Set.of()),
                Source.API, "t"));
        String version = changes.version(Side.CUSTOMER_USER, f.u(1));
        assertEquals(ChangeResult.NONE, changes.apply(new ChangeSet(Side.CUSTOMER_USER, f.u(1), Set.of(), Set.of()),
                version, Source.API, "t"));
        assertEquals(0, f.history(new HistoryQuery(f.u(1), null, 0, 10)).total());
        assertTrue(f.eventAdmin.events.isEmpty());
    }

    @Test
    void eventsNameTheSubjectAndTheOtherSideAndDefaultSourceAndActor() {
        f.directory(3, 1);
        changes.apply(new ChangeSet(Side.CUSTOMER, f.c(2).toUpperCase(), Set.of(f.u(1).toUpperCase()), Set.of()),
                null, null);
        Event event = f.eventAdmin.events.get(0);
        assertEquals(f.c(2), event.getProperty(RelationEvents.SUBJECT));
        assertEquals("CUSTOMER", event.getProperty(RelationEvents.SIDE));
        assertEquals(List.of(f.u(1)), List.of((String[]) event.getProperty(RelationEvents.IDS)));
        assertEquals("API", event.getProperty(RelationEvents.SOURCE));
        assertEquals("unknown", event.getProperty(RelationEvents.ACTOR));
        HistoryEntry entry = f.history(new HistoryQuery(f.u(1), null, 0, 1)).items().get(0);
        assertEquals(Source.API, entry.source());
        assertEquals("unknown", entry.actor());
    }
}
