package org.helpdesk.platform.directory.ui.internal.user;

import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.directory.ui.internal.form.CustomerUserInput;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;

/** Asks for the fields of a new customer user and creates it; tells listeners about the new user. */
public class NewCustomerUserDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CustomerUserDirectory users;
    private final CustomerUserForm form;

    public NewCustomerUserDialog(CustomerUserDirectory users, CustomerDirectory customers) {
        this.users = users;
        this.form = CustomerUserForm.forCreate(customers);
        setHeaderTitle(getTranslation("directory.customerUser.new.title"));
        setWidth("44rem");
        add(form);

        Button cancel = new Button(getTranslation("directory.button.cancel"), e -> close());
        cancel.setId("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // No Enter shortcut here: Enter picks an item in the primary-customer box.
        Button create = new Button(getTranslation("directory.button.create"), e -> create());
        create.setId("create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, create);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.focus();
            }
        });
    }

    private void create() {
        CustomerUserInput input = form.input();
        if (!form.check(input)) {
            return;
        }
        String actor = AdminUser.requireAdmin().name();
        try {
            CustomerUser user = users.createCustomerUser(input.login(), input.toDraft(), actor);
            fireEvent(new CreatedEvent(this, user));
            close();
        } catch (DirectoryException e) {
            form.showError(e, input);
        }
    }

    public Registration addCreatedListener(ComponentEventListener<CreatedEvent> listener) {
        return addListener(CreatedEvent.class, listener);
    }

    /** A customer user was created. */
    public static class CreatedEvent extends ComponentEvent<NewCustomerUserDialog> {

        private static final long serialVersionUID = 1L;

        private final CustomerUser customerUser;

        CreatedEvent(NewCustomerUserDialog source, CustomerUser customerUser) {
            super(source, false);
            this.customerUser = customerUser;
        }

        public CustomerUser customerUser() {
            return customerUser;
        }
    }
}
