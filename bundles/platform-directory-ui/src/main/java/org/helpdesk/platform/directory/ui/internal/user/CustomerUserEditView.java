package org.helpdesk.platform.directory.ui.internal.user;

import java.util.Optional;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.directory.ui.internal.common.RecordEditView;
import org.helpdesk.platform.directory.ui.internal.common.RecordKind;
import org.helpdesk.platform.directory.ui.internal.form.CustomerUserEdit;
import org.helpdesk.platform.directory.ui.internal.form.CustomerUserInput;
import org.helpdesk.platform.directory.ui.internal.form.EditRoutes;

import com.vaadin.flow.router.Route;

/**
 * Edit Customer User: login, names, e-mail, primary customer, password, valid flag, delete. Other
 * views link here with {@code ?return=/admin/...} to get a "Back" link to themselves.
 */
@Route(EditRoutes.CUSTOMER_USER_EDIT)
public class CustomerUserEditView extends RecordEditView<CustomerUser, CustomerUserInput, CustomerUserForm> {

    private static final long serialVersionUID = 1L;

    private static final Keys KEYS = new Keys("directory.customerUserEdit.title",
            "directory.customerUserEdit.pageTitle", "directory.customerUserEdit.notFound",
            "directory.customerUserEdit.saved", "directory.customerUserEdit.deleted",
            "directory.customerUserEdit.delete.title", "directory.customerUserEdit.delete.text");

    private final transient CustomerUserDirectory users;
    private final transient CustomerDirectory customers;

    public CustomerUserEditView(CustomerUserDirectory users, CustomerDirectory customers) {
        super("customer-user-edit-view", KEYS, new RecordKind<>(users::findCustomerUser, CustomerUser::login,
                CustomerUser::label, CustomerUser::valid, users::deleteCustomerUser, EditRoutes::customerUserEdit),
                EditRoutes.LOGIN, CustomerUserForm.forEdit(customers), CustomerUsersView.class);
        this.users = users;
        this.customers = customers;
    }

    @Override
    protected void fill(CustomerUser user) {
        // A primary customer that vanished still shows by its ID, so the admin sees what to fix.
        Customer primary = customers.findCustomer(user.primaryCustomerId())
                .orElse(new Customer(user.primaryCustomerId(), "", false));
        form.setCustomerUser(user, primary);
    }

    @Override
    protected Changes<CustomerUser> changes(CustomerUser original, CustomerUserInput input, boolean valid) {
        CustomerUserEdit edit = new CustomerUserEdit(original, input, valid);
        return new Changes<>(edit.changesAnything(), edit.changesLogin(), actor -> edit.applyTo(users, actor));
    }

    /** Users of a read-only backend (LDAP) are shown, not edited: they can still be related to customers. */
    @Override
    protected Optional<String> readOnlyReason(CustomerUser user) {
        return users.isReadOnly(user)
                ? Optional.of(getTranslation("directory.customerUserEdit.readOnly", user.backend()))
                : Optional.empty();
    }

    /** A typed password never stays in the form after a save. */
    @Override
    protected void afterWrite() {
        form.clearPassword();
    }
}
