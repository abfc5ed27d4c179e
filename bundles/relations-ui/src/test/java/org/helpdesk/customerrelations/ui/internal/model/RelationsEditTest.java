package org.helpdesk.customerrelations.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.junit.jupiter.api.Test;

class RelationsEditTest {

    private final RecordingRelations relations = new RecordingRelations();
    private final RelationsEdit edit = new RelationsEdit(new ListSide("alice", List.of("acme", "globex", "gamma")));

    @Test
    void aToggledRowShowsTheAdminsChoiceUntilToggledBack() {
        RelationRow globex = ListSide.row("globex");
        assertFalse(edit.shows(globex, ""));
        edit.set(globex, true, "");
        assertTrue(edit.shows(globex, ""));
        assertTrue(edit.isDirty());
        edit.set(globex, false, "");
        assertFalse(edit.shows(globex, ""));
        assertFalse(edit.isDirty(), "back to what is stored: nothing to save");
    }

    @Test
    void aLockedPrimaryShowsRelatedAndTakesNoChange() {
        RelationRow acme = ListSide.lockedPrimary("acme");
        edit.set(acme, false, "");
        assertTrue(edit.shows(acme, ""));
        assertFalse(edit.isDirty());
    }

    @Test
    void aBulkCoversTheRowsOfItsFilterUnderAnotherSearchToo() {
        edit.setAll("g", true, 2);
        assertEquals(new PendingChanges.Bulk("g", true, 2), edit.pending().bulk().orElseThrow());
        assertTrue(edit.shows(ListSide.row("globex"), "g"));
        assertTrue(edit.shows(ListSide.row("gamma"), "gam"), "matched by the bulk's filter, not the search");
        assertFalse(edit.shows(ListSide.row("acme"), ""));
    }

    @Test
    void saveWritesTheBulkThenTheRowsAndForgetsThem() {
        edit.setAll("g", true, 2);
        edit.set(ListSide.row("gamma"), false, "g");
        ChangeResult result = edit.save(relations.service(), "admin");
        assertEquals(List.of("all alice 'g' true admin", "apply alice +[] -[gamma] admin"), relations.writes);
        // each write answers "1 added"; gamma went in with the bulk and out again, so it counts as unchanged
        assertEquals(new ChangeResult(1, 0, 1), result);
        assertFalse(edit.isDirty());
        assertFalse(edit.shows(ListSide.row("globex"), "g"), "shows what is stored again");
    }

    @Test
    void aRefusedSaveKeepsEverythingPending() {
        edit.set(ListSide.row("globex"), true, "");
        relations.failure = new RelationException(Reason.UNKNOWN_CUSTOMER, "globex", "gone");
        assertThrows(RelationException.class, () -> edit.save(relations.service(), "admin"));
        assertTrue(edit.isDirty());
        assertTrue(edit.shows(ListSide.row("globex"), ""));
    }

    @Test
    void clearDropsWhatIsPending() {
        edit.setAll("", false, 3);
        edit.clear();
        assertFalse(edit.isDirty());
        assertTrue(edit.pending().bulk().isEmpty());
    }
}
