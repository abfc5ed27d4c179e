package org.helpdesk.platform.directory.ui.internal.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.helpdesk.platform.api.admin.AdminRoles;
import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.directory.DirectoryException;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;

/**
 * A directory of notes, the smallest record a New dialog and an Edit page can work on, so that their
 * shared logic is tested apart from customers and customer users.
 */
final class Notes {

    record Note(String key, String text, boolean valid) {
    }

    /** The form of a note: one text field, which must not be blank. */
    static final class NoteForm extends FormLayout implements RecordForm<String> {

        private static final long serialVersionUID = 1L;

        final TextField text = new TextField();
        final List<String> errors = new ArrayList<>();
        boolean focused;

        NoteForm() {
            text.setId("text");
            add(text);
        }

        @Override
        public String input() {
            return text.getValue();
        }

        @Override
        public boolean check(String input) {
            text.setInvalid(input.isBlank());
            return !input.isBlank();
        }

        @Override
        public void showError(DirectoryException e, String input) {
            errors.add(e.reason() + " " + input);
        }

        @Override
        public void focus() {
            focused = true;
        }
    }

    final Map<String, Note> store = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    /** When set, the next write fails with it, after it went through (as a refused rename after a rename of the name). */
    DirectoryException failure;

    Notes with(String key, String text, boolean valid) {
        store.put(key, new Note(key, text, valid));
        return this;
    }

    Optional<Note> find(String key) {
        calls.add("find " + key);
        return Optional.ofNullable(store.get(key));
    }

    Note write(Note note, String actor) {
        calls.add("write " + note + " by " + actor);
        store.put(note.key(), note);
        if (failure != null) {
            throw failure;
        }
        return note;
    }

    void delete(String key, String actor) {
        calls.add("delete " + key + " by " + actor);
        store.remove(key);
    }

    /** Signs in a user with {@code role} in a session of its own. */
    static void signIn(String role) {
        AdminUser user = new AdminUser(role, Set.of(role));
        VaadinSession.setCurrent(new VaadinSession(null) {
            private static final long serialVersionUID = 1L;

            @Override
            public <T> T getAttribute(Class<T> type) {
                return type == AdminUser.class ? type.cast(user) : null;
            }
        });
    }

    static void signInAdmin() {
        signIn(AdminRoles.ADMIN);
    }
}
