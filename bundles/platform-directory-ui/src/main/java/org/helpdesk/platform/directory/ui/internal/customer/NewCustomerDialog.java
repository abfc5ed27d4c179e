package org.helpdesk.platform.directory.ui.internal.customer;

import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.directory.ui.internal.form.CustomerInput;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;

/** Asks for ID and name of a new customer and creates it; tells listeners about the new customer. */
public class NewCustomerDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CustomerDirectory directory;
    private final CustomerForm form = new CustomerForm();

    public NewCustomerDialog(CustomerDirectory directory) {
        this.directory = directory;
        setHeaderTitle(getTranslation("directory.customer.new.title"));
        setWidth("32rem");
        add(form);

        Button cancel = new Button(getTranslation("directory.button.cancel"), e -> close());
        cancel.setId("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button create = new Button(getTranslation("directory.button.create"), e -> create());
        create.setId("create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(cancel, create);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.focus();
            }
        });
    }

    private void create() {
        CustomerInput input = form.input();
        if (!form.check(input)) {
            return;
        }
        String actor = AdminUser.requireAdmin().name();
        try {
            Customer customer = directory.createCustomer(input.customerId(), input.name(), actor);
            fireEvent(new CreatedEvent(this, customer));
            close();
        } catch (DirectoryException e) {
            form.showError(e, input);
        }
    }

    public Registration addCreatedListener(ComponentEventListener<CreatedEvent> listener) {
        return addListener(CreatedEvent.class, listener);
    }

    /** A customer was created. */
    public static class CreatedEvent extends ComponentEvent<NewCustomerDialog> {

        private static final long serialVersionUID = 1L;

        private final Customer customer;

        CreatedEvent(NewCustomerDialog source, Customer customer) {
            super(source, false);
            this.customer = customer;
        }

        public Customer customer() {
            return customer;
        }
    }
}
