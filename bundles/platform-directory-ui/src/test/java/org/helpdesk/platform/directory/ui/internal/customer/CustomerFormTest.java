package org.helpdesk.platform.directory.ui.internal.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.directory.ui.internal.form.CustomerInput;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;

/** The form without a server: no translations are available, so texts show as "!{key}!". */
class CustomerFormTest {

    private final CustomerForm form = new CustomerForm();
    private final TextField id = field(form, "customer-id");
    private final TextField name = field(form, "customer-name");

    @Test
    void showsACustomerAndReadsItBack() {
        form.setCustomer(new Customer("acme", "Acme Corp", true));
        assertEquals(new CustomerInput("acme", "Acme Corp"), form.input());
        name.setValue("  Acme Inc ");
        assertEquals(new CustomerInput("acme", "Acme Inc"), form.input());
    }

    @Test
    void problemsAreShownAtTheirFieldsAndClearedWhenFixed() {
        assertFalse(form.check(form.input()));
        assertTrue(id.isInvalid());
        assertTrue(name.isInvalid());
        assertEquals("!{directory.error.required}!", id.getErrorMessage());

        id.setValue("acme");
        name.setValue("Acme");
        assertTrue(form.check(form.input()));
        assertFalse(id.isInvalid());
        assertFalse(name.isInvalid());
    }

    @Test
    void aDuplicateIdIsShownAtTheIdField() {
        id.setValue("acme");
        name.setValue("Acme");
        form.showError(new DirectoryException(Reason.DUPLICATE, "acme", "exists"), form.input());
        assertTrue(id.isInvalid());
        assertEquals("!{directory.error.duplicate}!", id.getErrorMessage());
        assertFalse(name.isInvalid());
    }

    @Test
    void fieldsStopAtTheDirectoryLimits() {
        assertEquals(150, id.getMaxLength());
        assertEquals(200, name.getMaxLength());
    }

    @SuppressWarnings("unchecked")
    static <T extends Component> T field(Component root, String id) {
        return (T) root.getChildren().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + id));
    }
}
