package org.helpdesk.platform.directory.ui.internal.customer;

import java.util.Map;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.directory.ui.internal.common.FieldProblems;
import org.helpdesk.platform.directory.ui.internal.common.Notices;
import org.helpdesk.platform.directory.ui.internal.common.RecordForm;
import org.helpdesk.platform.directory.ui.internal.common.Texts;
import org.helpdesk.platform.directory.ui.internal.form.CustomerField;
import org.helpdesk.platform.directory.ui.internal.form.CustomerInput;
import org.helpdesk.platform.directory.ui.internal.form.DirectoryErrors;
import org.helpdesk.platform.directory.ui.internal.form.Problem;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The fields of a customer, for the New Customer dialog and the Edit Customer page. */
public class CustomerForm extends FormLayout implements RecordForm<CustomerInput> {

    private static final long serialVersionUID = 1L;

    private final TextField customerId = new TextField();
    private final TextField name = new TextField();
    private final FieldProblems<CustomerField> problems = new FieldProblems<>(this, CustomerField.class);

    public CustomerForm() {
        customerId.setId("customer-id");
        customerId.setLabel(getTranslation("directory.customer.field.id"));
        customerId.setMaxLength(CustomerDirectory.MAX_ID_LENGTH);
        name.setId("customer-name");
        name.setLabel(getTranslation("directory.customer.field.name"));
        name.setMaxLength(CustomerDirectory.MAX_NAME_LENGTH);
        for (TextField field : new TextField[] { customerId, name }) {
            field.setRequiredIndicatorVisible(true);
            // Our checks decide about "invalid"; the field's own would clear their messages on blur.
            field.setManualValidation(true);
        }
        problems.register(CustomerField.CUSTOMER_ID, customerId);
        problems.register(CustomerField.NAME, name);
        add(customerId, name);
    }

    public void setCustomer(Customer customer) {
        customerId.setValue(customer.customerId());
        name.setValue(customer.name());
        problems.clear();
    }

    @Override
    public CustomerInput input() {
        return new CustomerInput(customerId.getValue(), name.getValue());
    }

    @Override
    public boolean check(CustomerInput input) {
        Map<CustomerField, Problem> found = input.problems();
        problems.show(found);
        return found.isEmpty();
    }

    @Override
    public void showError(DirectoryException e, CustomerInput input) {
        Problem problem = DirectoryErrors.problemOf(e);
        DirectoryErrors.fieldOf(e, input).ifPresentOrElse(field -> problems.show(field, problem),
                () -> Notices.error(Texts.of(this, problem)));
    }

    @Override
    public void focus() {
        customerId.focus();
    }
}
