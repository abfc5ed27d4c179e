package org.helpdesk.platform.directory.ui.internal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.directory.ui.internal.common.Notes.Note;
import org.helpdesk.platform.directory.ui.internal.common.Notes.NoteForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.CurrentInstance;

/**
 * The logic both edit pages share, on notes: without a server no translations are available, so
 * texts show as "!{key}!"; notifications need a UI and the admin a session, neither a server.
 */
class RecordEditViewTest {

    private static final String BACK = "/admin/customer-relations/user/alice?search=x";

    private final Notes notes = new Notes().with("n1", "First", true);
    private final NoteEditView view = new NoteEditView(notes);
    private int afterWrites;

    RecordEditViewTest() {
        UI.setCurrent(new UI());
    }

    @AfterEach
    void noCurrentInstances() {
        CurrentInstance.clearAll();
    }

    @Test
    void aRecordIsShownWithItsFormValidFlagAndBackLink() {
        assertEquals("!{note.title}!", view.getPageTitle());
        view.open("n1", BACK);
        assertEquals("note-edit-view", view.getId().orElseThrow());
        assertEquals("!{note.pageTitle}!", view.getPageTitle());
        assertEquals("First", view.form.text.getValue());
        assertTrue(this.<Checkbox>find("valid").getValue());
        assertEquals("First!", this.<Span>find("subject").getText());
        assertEquals(BACK, this.<Anchor>find("back").getHref());
        find("save");
        find("delete");
    }

    @Test
    void anUnknownKeySaysSoAndLeadsBack() {
        view.open("nope", BACK);
        assertEquals("!{note.title}!", view.getPageTitle());
        assertEquals("!{note.notFound}!", find("not-found").getElement().getTextRecursively());
        assertEquals(BACK, this.<Anchor>find("back").getHref());
        assertTrue(descendants().noneMatch(c -> c.getId().filter("save"::equals).isPresent()));
    }

    @Test
    void aSaveWritesOnlyWhatChangedAsTheAdminAndShowsTheResult() {
        Notes.signInAdmin();
        view.open("n1", BACK);
        this.<Button>find("save").click();
        assertEquals(List.of("find n1"), notes.calls, "nothing changed, nothing written");
        assertEquals(0, afterWrites);

        view.form.text.setValue("Second");
        this.<Checkbox>find("valid").setValue(false);
        this.<Button>find("save").click();
        assertEquals("write Note[key=n1, text=Second, valid=false] by admin", notes.calls.get(1));
        assertEquals(1, afterWrites);
        assertEquals("Second!", this.<Span>find("subject").getText(), "the page shows what was saved");
    }

    @Test
    void aFormWithProblemsIsNotSaved() {
        Notes.signInAdmin();
        view.open("n1", BACK);
        view.form.text.setValue(" ");
        this.<Button>find("save").click();
        assertTrue(view.form.text.isInvalid());
        assertEquals(List.of("find n1"), notes.calls);
    }

    @Test
    void aRefusedWriteIsShownAtTheFormAndTheRecordIsReadAgain() {
        Notes.signInAdmin();
        view.open("n1", BACK);
        view.form.text.setValue("Taken");
        notes.failure = new DirectoryException(Reason.DUPLICATE, "Taken", "exists");
        this.<Button>find("save").click();
        assertEquals(List.of("DUPLICATE Taken"), view.form.errors);
        assertEquals("find n1", notes.calls.get(notes.calls.size() - 1));
        assertEquals(1, afterWrites, "after a refused write too");
    }

    @Test
    void aRenameLeavesThePageToTheRouter() {
        Notes.signInAdmin();
        view.open("n1", BACK);
        view.form.text.setValue("rename");
        this.<Button>find("save").click();
        assertEquals("write Note[key=n1, text=rename, valid=true] by admin", notes.calls.get(1));
        assertEquals("First!", this.<Span>find("subject").getText(), "not shown here: the URL follows the new key");
    }

    @Test
    void onlyAnAdminMaySave() {
        Notes.signIn("agent");
        view.open("n1", BACK);
        view.form.text.setValue("Second");
        assertThrows(SecurityException.class, () -> this.<Button>find("save").click());
        assertEquals(List.of("find n1"), notes.calls);
    }

    @SuppressWarnings("unchecked")
    private <T extends Component> T find(String id) {
        return (T) descendants().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }

    private Stream<Component> descendants() {
        return descendants(view);
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(RecordEditViewTest::descendants));
    }

    /** Notes' edit page; a text "rename" counts as a change of the key. */
    private final class NoteEditView extends RecordEditView<Note, String, NoteForm> {

        private static final long serialVersionUID = 1L;

        private final transient Notes store;

        NoteEditView(Notes store) {
            super("note-edit-view", new Keys("note.title", "note.pageTitle", "note.notFound", "note.saved",
                    "note.deleted", "note.delete.title", "note.delete.text"),
                    new RecordKind<>(store::find, Note::key, note -> note.text() + "!", Note::valid, store::delete,
                            key -> "notes/edit/" + key),
                    "key", new NoteForm(), Div.class);
            this.store = store;
        }

        @Override
        protected void fill(Note note) {
            form.text.setValue(note.text());
        }

        @Override
        protected Changes<Note> changes(Note original, String input, boolean valid) {
            Note changed = new Note(original.key(), input, valid);
            return new Changes<>(!changed.equals(original), input.equals("rename"),
                    actor -> store.write(changed, actor));
        }

        @Override
        protected void afterWrite() {
            afterWrites++;
        }
    }
}
