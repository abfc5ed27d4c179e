package org.helpdesk.platform.directory.ui.internal.user;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.directory.ui.internal.common.NewRecordDialog;
import org.helpdesk.platform.directory.ui.internal.form.CustomerUserInput;

/**
 * Asks for the fields of a new customer user and creates it; tells listeners about the new user.
 * No Enter shortcut here: Enter picks an item in the primary-customer box.
 */
public class NewCustomerUserDialog extends NewRecordDialog<CustomerUserInput, CustomerUser> {

    private static final long serialVersionUID = 1L;

    public NewCustomerUserDialog(CustomerUserDirectory users, CustomerDirectory customers) {
        super("directory.customerUser.new.title", "44rem", CustomerUserForm.forCreate(customers),
                (input, actor) -> users.createCustomerUser(input.login(), input.toDraft(), actor));
    }
}
