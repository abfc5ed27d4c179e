package org.helpdesk.platform.directory.ui.internal.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.directory.ui.internal.form.CustomerUserInput;
import org.helpdesk.testsupport.directory.FakeCustomers;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;

/** The form without a server: no translations are available, so texts show as "!{key}!". */
class CustomerUserFormTest {

    private final FakeCustomers customers = new FakeDirectory()
            .addCustomer("acme", "Acme Corp", true)
            .addCustomer("globex", "Globex", true)
            .addCustomer("initech", "Initech", false)
            .customers();
    private final Customer acme = customers.findCustomer("acme").orElseThrow();
    private final Customer globex = customers.findCustomer("globex").orElseThrow();
    private final CustomerUserForm form = CustomerUserForm.forEdit(customers);
    private final PrimaryCustomerField primary = field("primary-customer");

    private final CustomerUser alice = new CustomerUser("alice", "Alice", "Smith", "alice@acme.example", "acme", true, "db");

    @Test
    void showsAUserAndReadsItBack() {
        form.setCustomerUser(alice, acme);
        assertEquals(new CustomerUserInput("alice", "Alice", "Smith", "alice@acme.example", "acme", ""), form.input());
        primary.setValue(globex);
        this.<PasswordField>field("password").setValue("n3w");
        CustomerUserInput input = form.input();
        assertEquals("globex", input.primaryCustomerId());
        assertEquals("n3w", input.password());
    }

    @Test
    void showingAUserForgetsATypedPassword() {
        this.<PasswordField>field("password").setValue("typed");
        form.setCustomerUser(alice, acme);
        assertEquals("", form.input().password());
    }

    @Test
    void missingLoginAndPrimaryCustomerAreMarked() {
        assertFalse(form.check(form.input()));
        assertTrue(this.<TextField>field("login").isInvalid());
        assertTrue(primary.isInvalid());
        assertFalse(this.<TextField>field("first-name").isInvalid());
    }

    @Test
    void anUnknownPrimaryCustomerIsShownAtThatField() {
        form.setCustomerUser(alice, acme);
        form.showError(new DirectoryException(Reason.UNKNOWN_CUSTOMER, "acme", "gone"), form.input());
        assertTrue(primary.isInvalid());
        assertEquals("!{directory.error.unknownCustomer}!", primary.getErrorMessage());
        assertFalse(this.<TextField>field("login").isInvalid());
    }

    @Test
    @SuppressWarnings("unchecked")
    void primaryCustomersArePagedFromTheDirectoryByFilter() {
        DataProvider<Customer, String> items = (DataProvider<Customer, String>) primary.getDataProvider();
        List<Customer> found = items.fetch(new Query<>(0, 50, List.of(), null, "glob")).toList();
        assertEquals(List.of(globex), found);
        assertEquals("glob", customers.searches().get(0).filter());
        assertEquals(50, customers.searches().get(0).limit());
    }

    @Test
    void invalidCustomersAreMarkedInTheList() {
        Customer initech = customers.findCustomer("initech").orElseThrow();
        assertEquals("initech Initech (!{directory.invalid}!)", primary.getItemLabelGenerator().apply(initech));
        assertEquals("acme Acme Corp", primary.getItemLabelGenerator().apply(acme));
    }

    @Test
    void everyFieldHasItsStableId() {
        for (String id : List.of("login", "first-name", "last-name", "email", "primary-customer", "password")) {
            assertTrue(field(id) instanceof HasValidation, id);
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends Component> T field(String id) {
        return (T) form.getChildren().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + id));
    }
}
