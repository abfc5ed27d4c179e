package org.helpdesk.customerrelations.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.helpdesk.customerrelations.api.dto.ChangeSet;
import org.helpdesk.customerrelations.api.dto.Side;
import org.junit.jupiter.api.Test;

class PendingChangesTest {

    private final PendingChanges pending = new PendingChanges();

    @Test
    void onlyChangedRowsAreSent() {
        pending.set("globex", true, false, false);
        pending.set("initech", false, true, false);
        ChangeSet changes = pending.changeSet(Side.CUSTOMER_USER, "alice");
        assertEquals(new ChangeSet(Side.CUSTOMER_USER, "alice", Set.of("globex"), Set.of("initech")), changes);
        assertTrue(pending.isDirty());
    }

    @Test
    void togglingBackLeavesNothingToSave() {
        pending.set("globex", true, false, false);
        pending.set("GLOBEX", false, false, false);
        assertTrue(pending.changeSet(Side.CUSTOMER_USER, "alice").isEmpty());
        assertFalse(pending.isDirty());
    }

    @Test
    void aRowShowsItsOverrideElseTheBulkElseWhatIsStored() {
        assertTrue(pending.shows("a", true, true));
        pending.setAll("acme", false, 3, id -> false);
        assertFalse(pending.shows("a", true, true), "covered by the bulk");
        assertTrue(pending.shows("b", true, false), "not covered: stored state");
        pending.set("a", true, true, true);
        assertTrue(pending.shows("a", true, true), "override wins over the bulk");
    }

    @Test
    void overridesAfterTheBulkAreKeptAndSentAfterIt() {
        pending.setAll("it", true, 250, id -> false);
        // unchecking a covered row that is not stored must still be sent: the bulk would relate it
        pending.set("it-3", false, false, true);
        // checking a covered row equals the bulk's state: nothing extra to send
        pending.set("it-4", true, false, true);
        assertEquals(new PendingChanges.Bulk("it", true, 250), pending.bulk().orElseThrow());
        assertEquals(new ChangeSet(Side.CUSTOMER, "acme", Set.of(), Set.of("it-3")),
                pending.changeSet(Side.CUSTOMER, "acme"));
    }

    @Test
    void aBulkDropsTheOverridesItCoversAndKeepsTheOthers() {
        pending.set("it-1", true, false, false);
        pending.set("other", true, false, false);
        pending.setAll(" it ", false, 2, id -> id.startsWith("it-"));
        assertEquals(new ChangeSet(Side.CUSTOMER_USER, "alice", Set.of("other"), Set.of()),
                pending.changeSet(Side.CUSTOMER_USER, "alice"));
        assertEquals("it", pending.bulk().orElseThrow().filter());
    }

    @Test
    void aBulkOverEverythingDropsAllOverrides() {
        pending.set("x", true, false, false);
        pending.setAll("", true, 9, id -> false);
        assertEquals(0, pending.overrideCount());
    }

    @Test
    void aSecondBulkReplacesTheFirstAndIsAnnounced() {
        pending.setAll("it", true, 3, id -> false);
        assertFalse(pending.wouldReplaceOtherBulk("IT"), "same search ignoring case");
        assertFalse(pending.wouldReplaceOtherBulk(" it  "), "same search ignoring blanks");
        assertTrue(pending.wouldReplaceOtherBulk("acme"));
        pending.setAll("IT", false, 3, id -> false);
        assertFalse(pending.bulk().orElseThrow().relate());
    }

    @Test
    void rowsThatSaveChangesTwiceAreCounted() {
        pending.setAll("it", true, 3, id -> false);
        pending.set("it-1", false, false, true);
        pending.set("it-2", false, true, true);
        pending.set("out", true, false, false);
        assertEquals(1, pending.roundTrips(), "only it-1: added by the bulk, removed by its override");
        pending.setAll("it", false, 3, id -> id.startsWith("it-"));
        assertEquals(0, pending.roundTrips());
        pending.set("it-2", true, true, true);
        assertEquals(1, pending.roundTrips(), "it-2: removed by the bulk, added back");
    }

    @Test
    void clearDropsEverything() {
        pending.setAll("it", true, 3, id -> false);
        pending.set("x", true, false, false);
        pending.clear();
        assertFalse(pending.isDirty());
        assertTrue(pending.bulk().isEmpty());
    }

    @Test
    void idsAreComparedIgnoringCaseKeepingTheFirstSpelling() {
        pending.set("Globex", true, false, false);
        pending.set("GLOBEX", true, false, false);
        assertEquals(1, pending.overrideCount());
        assertTrue(pending.shows("globex", false, false));
    }
}
