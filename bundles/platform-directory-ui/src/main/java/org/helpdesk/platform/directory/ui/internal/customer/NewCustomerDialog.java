package org.helpdesk.platform.directory.ui.internal.customer;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.directory.ui.internal.common.NewRecordDialog;
import org.helpdesk.platform.directory.ui.internal.form.CustomerInput;

import com.vaadin.flow.component.Key;

/** Asks for ID and name of a new customer and creates it; tells listeners about the new customer. */
public class NewCustomerDialog extends NewRecordDialog<CustomerInput, Customer> {

    private static final long serialVersionUID = 1L;

    public NewCustomerDialog(CustomerDirectory directory) {
        super("directory.customer.new.title", "32rem", new CustomerForm(),
                (input, actor) -> directory.createCustomer(input.customerId(), input.name(), actor));
        createButton().addClickShortcut(Key.ENTER).listenOn(this);
    }
}
