package org.helpdesk.platform.directory.ui.internal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.directory.ui.internal.common.Notes.Note;
import org.helpdesk.platform.directory.ui.internal.common.Notes.NoteForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;

/** The logic both New dialogs share, on notes; opening needs a UI and creating an admin, neither a server. */
class NewRecordDialogTest {

    private final Notes notes = new Notes();
    private final NoteForm form = new NoteForm();
    private final NoteDialog dialog = new NoteDialog(form, notes);
    private final List<Note> created = new ArrayList<>();

    NewRecordDialogTest() {
        UI.setCurrent(new UI());
        Notes.signInAdmin();
        dialog.addCreatedListener(e -> created.add(e.created()));
        dialog.open();
    }

    @AfterEach
    void noCurrentInstances() {
        CurrentInstance.clearAll();
    }

    @Test
    void theHeaderAndTheButtonsAreTranslatedAndKeepTheirIds() {
        assertEquals("!{note.new.title}!", dialog.getHeaderTitle());
        assertEquals("create", dialog.createButton().getId().orElseThrow());
        assertEquals("!{directory.button.create}!", dialog.createButton().getText());
        assertEquals("32rem", dialog.getWidth());
    }

    @Test
    void createTellsTheListenersAndCloses() {
        form.text.setValue("Hello");
        dialog.createButton().click();
        assertEquals(List.of(new Note("Hello", "Hello", true)), created);
        assertEquals(List.of("write Note[key=Hello, text=Hello, valid=true] by admin"), notes.calls);
        assertFalse(dialog.isOpened());
    }

    @Test
    void aFormWithProblemsCreatesNothing() {
        dialog.createButton().click();
        assertTrue(form.text.isInvalid());
        assertEquals(List.of(), notes.calls);
        assertTrue(dialog.isOpened());
    }

    @Test
    void aRefusedCreateIsShownAtTheFormAndTheDialogStays() {
        notes.failure = new DirectoryException(Reason.DUPLICATE, "Hello", "exists");
        form.text.setValue("Hello");
        dialog.createButton().click();
        assertEquals(List.of("DUPLICATE Hello"), form.errors);
        assertEquals(List.of(), created);
        assertTrue(dialog.isOpened());
    }

    private static final class NoteDialog extends NewRecordDialog<String, Note> {

        private static final long serialVersionUID = 1L;

        NoteDialog(NoteForm form, Notes notes) {
            super("note.new.title", "32rem", form, (input, actor) -> notes.write(new Note(input, input, true), actor));
        }
    }
}
