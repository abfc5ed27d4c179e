package org.helpdesk.platform.directory.ui.internal.user;

import java.util.Map;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.directory.ui.internal.common.FieldProblems;
import org.helpdesk.platform.directory.ui.internal.common.Notices;
import org.helpdesk.platform.directory.ui.internal.common.RecordForm;
import org.helpdesk.platform.directory.ui.internal.common.Texts;
import org.helpdesk.platform.directory.ui.internal.form.CustomerUserField;
import org.helpdesk.platform.directory.ui.internal.form.CustomerUserInput;
import org.helpdesk.platform.directory.ui.internal.form.DirectoryErrors;
import org.helpdesk.platform.directory.ui.internal.form.Problem;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** The fields of a customer user, for the New Customer User dialog and the Edit Customer User page. */
public class CustomerUserForm extends FormLayout implements RecordForm<CustomerUserInput> {

    private static final long serialVersionUID = 1L;

    private final TextField login = new TextField();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final PrimaryCustomerField primaryCustomer;
    private final PasswordField password = new PasswordField();
    private final FieldProblems<CustomerUserField> problems = new FieldProblems<>(this, CustomerUserField.class);

    private CustomerUserForm(CustomerDirectory customers, String passwordLabelKey, String passwordHelperKey) {
        primaryCustomer = new PrimaryCustomerField(customers);
        setUp(login, "login", "directory.customerUser.field.login", CustomerUserDirectory.MAX_LOGIN_LENGTH);
        login.setRequiredIndicatorVisible(true);
        setUp(firstName, "first-name", "directory.customerUser.field.firstName", CustomerUserDirectory.MAX_FIELD_LENGTH);
        setUp(lastName, "last-name", "directory.customerUser.field.lastName", CustomerUserDirectory.MAX_FIELD_LENGTH);
        email.setId("email");
        email.setLabel(getTranslation("directory.customerUser.field.email"));
        email.setMaxLength(CustomerUserDirectory.MAX_FIELD_LENGTH);
        email.setManualValidation(true);
        password.setId("password");
        password.setLabel(getTranslation(passwordLabelKey));
        password.setHelperText(getTranslation(passwordHelperKey));
        password.setManualValidation(true);
        problems.register(CustomerUserField.LOGIN, login);
        problems.register(CustomerUserField.FIRST_NAME, firstName);
        problems.register(CustomerUserField.LAST_NAME, lastName);
        problems.register(CustomerUserField.EMAIL, email);
        problems.register(CustomerUserField.PRIMARY_CUSTOMER, primaryCustomer);
        problems.register(CustomerUserField.PASSWORD, password);
        add(login, primaryCustomer, firstName, lastName, email, password);
    }

    /** @return the form of the New Customer User dialog, whose password is optional */
    public static CustomerUserForm forCreate(CustomerDirectory customers) {
        return new CustomerUserForm(customers, "directory.customerUser.field.password",
                "directory.customerUser.field.password.helper");
    }

    /** @return the form of the Edit Customer User page, whose password field sets a new one */
    public static CustomerUserForm forEdit(CustomerDirectory customers) {
        return new CustomerUserForm(customers, "directory.customerUser.field.newPassword",
                "directory.customerUser.field.newPassword.helper");
    }

    private void setUp(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        // Our checks decide about "invalid"; the field's own would clear their messages on blur.
        field.setManualValidation(true);
    }

    /** Shows the user; {@code primary} is their primary customer as the directory knows it. */
    public void setCustomerUser(CustomerUser user, Customer primary) {
        login.setValue(user.login());
        firstName.setValue(user.firstName());
        lastName.setValue(user.lastName());
        email.setValue(user.email());
        primaryCustomer.setValue(primary);
        password.clear();
        problems.clear();
    }

    @Override
    public CustomerUserInput input() {
        return new CustomerUserInput(login.getValue(), firstName.getValue(), lastName.getValue(), email.getValue(),
                primaryCustomer.customerId(), password.getValue());
    }

    @Override
    public boolean check(CustomerUserInput input) {
        Map<CustomerUserField, Problem> found = input.problems();
        problems.show(found);
        return found.isEmpty();
    }

    @Override
    public void showError(DirectoryException e, CustomerUserInput input) {
        Problem problem = DirectoryErrors.problemOf(e);
        DirectoryErrors.fieldOf(e, input).ifPresentOrElse(field -> problems.show(field, problem),
                () -> Notices.error(Texts.of(this, problem)));
    }

    /** Forgets a typed password, e.g. after it was saved. */
    public void clearPassword() {
        password.clear();
    }

    @Override
    public void focus() {
        login.focus();
    }
}
