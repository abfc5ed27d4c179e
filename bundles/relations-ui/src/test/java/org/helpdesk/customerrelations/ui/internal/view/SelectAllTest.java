package org.helpdesk.customerrelations.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.helpdesk.customerrelations.ui.internal.model.ListSide;
import org.helpdesk.customerrelations.ui.internal.model.PendingChanges;
import org.helpdesk.customerrelations.ui.internal.model.RelationsEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/** The header checkbox's flow; notifications and the confirmation need a UI, not a server. */
class SelectAllTest {

    private final UI ui = new UI();
    private final List<String> calls = new ArrayList<>();
    private final SelectAll selectAll;

    SelectAllTest() {
        UI.setCurrent(ui);
        selectAll = new SelectAll(new Div(), () -> calls.add("restore"), () -> calls.add("applied"));
    }

    @AfterEach
    void noCurrentUi() {
        UI.setCurrent(null);
    }

    @Test
    void aSmallSearchIsSetAtOnce() {
        RelationsEdit edit = edit(3);
        selectAll.ask(edit, " c1 ", true);
        assertEquals(List.of("applied"), calls);
        assertEquals(new PendingChanges.Bulk("c1", true, 1), edit.pending().bulk().orElseThrow());
    }

    @Test
    void aSearchWithoutRowsChangesNothing() {
        RelationsEdit edit = edit(3);
        selectAll.ask(edit, "nothing", true);
        assertEquals(List.of("restore"), calls);
        assertFalse(edit.isDirty());
    }

    @Test
    void moreThanOneHundredRowsWaitForTheConfirmation() {
        RelationsEdit edit = edit((int) SelectAll.CONFIRM_ABOVE + 1);
        selectAll.ask(edit, "", false);
        assertEquals(List.of(), calls);
        assertFalse(edit.isDirty());

        RelationsEdit exactly = edit((int) SelectAll.CONFIRM_ABOVE);
        selectAll.ask(exactly, "", false);
        assertEquals(List.of("applied"), calls);
    }

    @Test
    void replacingTheBulkOfAnotherSearchWaitsForTheConfirmation() {
        RelationsEdit edit = edit(30);
        selectAll.ask(edit, "c1", true);
        selectAll.ask(edit, "c2", true);
        assertEquals(List.of("applied"), calls);
        assertEquals("c1", edit.pending().bulk().orElseThrow().filter());

        selectAll.ask(edit, "C1", false);
        assertEquals(List.of("applied", "applied"), calls, "the same search is no replacement");
        assertTrue(edit.isDirty());
    }

    /** A page over customers c0, c1, ... */
    private static RelationsEdit edit(int customers) {
        return new RelationsEdit(new ListSide("alice", IntStream.range(0, customers).mapToObj(i -> "c" + i).toList()));
    }
}
