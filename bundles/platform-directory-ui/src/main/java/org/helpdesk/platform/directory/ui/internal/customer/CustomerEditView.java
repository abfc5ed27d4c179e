package org.helpdesk.platform.directory.ui.internal.customer;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.directory.ui.internal.common.RecordEditView;
import org.helpdesk.platform.directory.ui.internal.common.RecordKind;
import org.helpdesk.platform.directory.ui.internal.form.CustomerEdit;
import org.helpdesk.platform.directory.ui.internal.form.CustomerInput;
import org.helpdesk.platform.directory.ui.internal.form.EditRoutes;

import com.vaadin.flow.router.Route;

/**
 * Edit Customer: name, ID, valid flag, delete. Other views link here with {@code ?return=/admin/...}
 * to get a "Back" link to themselves.
 */
@Route(EditRoutes.CUSTOMER_EDIT)
public class CustomerEditView extends RecordEditView<Customer, CustomerInput, CustomerForm> {

    private static final long serialVersionUID = 1L;

    private static final Keys KEYS = new Keys("directory.customerEdit.title", "directory.customerEdit.pageTitle",
            "directory.customerEdit.notFound", "directory.customerEdit.saved", "directory.customerEdit.deleted",
            "directory.customerEdit.delete.title", "directory.customerEdit.delete.text");

    private final transient CustomerDirectory directory;

    public CustomerEditView(CustomerDirectory directory) {
        super("customer-edit-view", KEYS, new RecordKind<>(directory::findCustomer, Customer::customerId,
                Customer::label, Customer::valid, directory::deleteCustomer, EditRoutes::customerEdit),
                EditRoutes.CUSTOMER_ID, new CustomerForm(), CustomersView.class);
        this.directory = directory;
    }

    @Override
    protected void fill(Customer customer) {
        form.setCustomer(customer);
    }

    @Override
    protected Changes<Customer> changes(Customer original, CustomerInput input, boolean valid) {
        CustomerEdit edit = new CustomerEdit(original, input, valid);
        return new Changes<>(edit.changesAnything(), edit.changesId(), actor -> edit.applyTo(directory, actor));
    }
}
