package org.helpdesk.platform.directory.ui.internal.common;

import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.directory.DirectoryException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;

/**
 * Asks for the fields of a new directory record and creates it as the signed-in admin; tells
 * listeners about the new record. A refused write is shown at its field and the dialog stays open.
 *
 * @param <I> what the form holds
 * @param <R> the record, e.g. {@code Customer}
 */
public abstract class NewRecordDialog<I, R> extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Writes the new record. */
    @FunctionalInterface
    public interface Create<I, R> {
        /** @throws DirectoryException when the directory refuses it */
        R create(I input, String actor);
    }

    private final RecordForm<I> form;
    private final transient Create<I, R> create;
    private final Button createButton;

    /** @param width e.g. {@code "32rem"}: wide enough for the form's columns */
    protected <F extends Component & RecordForm<I>> NewRecordDialog(String titleKey, String width, F form,
            Create<I, R> create) {
        this.form = form;
        this.create = create;
        setHeaderTitle(getTranslation(titleKey));
        setWidth(width);
        add(form);

        Button cancel = new Button(getTranslation("directory.button.cancel"), e -> close());
        cancel.setId("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        createButton = new Button(getTranslation("directory.button.create"), e -> create());
        createButton.setId("create");
        createButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, createButton);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.focus();
            }
        });
    }

    /** @return the Create button, e.g. for a keyboard shortcut */
    protected Button createButton() {
        return createButton;
    }

    private void create() {
        I input = form.input();
        if (!form.check(input)) {
            return;
        }
        String actor = AdminUser.requireAdmin().name();
        try {
            R created = create.create(input, actor);
            fireEvent(new CreatedEvent<>(this, created));
            close();
        } catch (DirectoryException e) {
            form.showError(e, input);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    public Registration addCreatedListener(ComponentEventListener<CreatedEvent<R>> listener) {
        return addListener(CreatedEvent.class, (ComponentEventListener) listener);
    }

    /** A record was created. */
    public static class CreatedEvent<R> extends ComponentEvent<NewRecordDialog<?, R>> {

        private static final long serialVersionUID = 1L;

        private final transient R created;

        CreatedEvent(NewRecordDialog<?, R> source, R created) {
            super(source, false);
            this.created = created;
        }

        public R created() {
            return created;
        }
    }
}
