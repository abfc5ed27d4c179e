package org.helpdesk.platform.directory.ui.internal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.testsupport.directory.FakeCustomers;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.Test;

class CustomerEditTest {

    private final FakeCustomers directory = new FakeDirectory()
            .addCustomer("acme", "Acme Corp", true)
            .addCustomer("globex", "Globex", true)
            .customers();
    private final Customer acme = directory.findCustomer("acme").orElseThrow();

    @Test
    void nothingChangedWritesNothing() {
        CustomerEdit edit = new CustomerEdit(acme, new CustomerInput(" acme", "Acme Corp "), true);
        assertFalse(edit.changesAnything());
        assertEquals(acme, edit.applyTo(directory, "admin"));
        assertEquals(List.of(), directory.calls());
    }

    @Test
    void onlyTheChangedPartsAreWritten() {
        new CustomerEdit(acme, new CustomerInput("acme", "Acme Inc"), true).applyTo(directory, "admin");
        assertEquals(List.of("renameCompany acme Acme Inc by admin"), directory.calls());
    }

    @Test
    void everythingChangedWritesTheIdLast() {
        Customer saved = new CustomerEdit(acme, new CustomerInput("acme-corp", "Acme Inc"), false)
                .applyTo(directory, "admin");
        assertEquals(List.of(
                "renameCompany acme Acme Inc by admin",
                "setCustomerValid acme false by admin",
                "changeCustomerId acme acme-corp by admin"), directory.calls());
        assertEquals(new Customer("acme-corp", "Acme Inc", false), saved);
    }

    @Test
    void aChangeOfSpellingIsAChange() {
        CustomerEdit edit = new CustomerEdit(acme, new CustomerInput("ACME", "Acme Corp"), true);
        assertTrue(edit.changesId());
        assertEquals("ACME", edit.applyTo(directory, "admin").customerId());
    }

    @Test
    void aRefusedIdLeavesTheOtherChangesWrittenAndTheOldId() {
        CustomerEdit edit = new CustomerEdit(acme, new CustomerInput("globex", "Acme Inc"), true);
        assertThrows(DirectoryException.class, () -> edit.applyTo(directory, "admin"));
        assertEquals("Acme Inc", directory.findCustomer("acme").orElseThrow().name());
    }
}
