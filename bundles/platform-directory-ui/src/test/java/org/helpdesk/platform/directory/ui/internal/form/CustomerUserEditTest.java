package org.helpdesk.platform.directory.ui.internal.form;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.testsupport.directory.FakeCustomerUsers;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.Test;

class CustomerUserEditTest {

    private final CustomerUser alice = new CustomerUser("alice", "Alice", "Smith", "alice@acme.example", "acme", true, "db");
    private final FakeCustomerUsers directory = new FakeDirectory().addCustomer("acme", "Acme Corp")
            .addCustomer("globex", "Globex").addUser(alice).users();

    private static CustomerUserInput input(String login, String primary, String password) {
        return new CustomerUserInput(login, "Alice", "Smith", "alice@acme.example", primary, password);
    }

    @Test
    void nothingChangedWritesNothing() {
        CustomerUserEdit edit = new CustomerUserEdit(alice, input("alice", "acme", ""), true);
        assertFalse(edit.changesAnything());
        assertEquals(alice, edit.applyTo(directory, "admin"));
        assertEquals(List.of(), directory.calls());
    }

    @Test
    void aNewPrimaryCustomerIsAnUpdateWithoutPassword() {
        CustomerUser saved = new CustomerUserEdit(alice, input("alice", "globex", ""), true).applyTo(directory, "admin");
        assertEquals(List.of("update alice by admin"), directory.calls());
        assertNull(directory.drafts().get(0).password());
        assertEquals("globex", saved.primaryCustomerId());
    }

    @Test
    void aTypedPasswordAloneIsAChange() {
        CustomerUserEdit edit = new CustomerUserEdit(alice, input("alice", "acme", "n3w"), true);
        assertTrue(edit.changesDetails());
        edit.applyTo(directory, "admin");
        assertArrayEquals("n3w".toCharArray(), directory.drafts().get(0).password());
    }

    @Test
    void validityAloneIsNoUpdate() {
        new CustomerUserEdit(alice, input("alice", "acme", ""), false).applyTo(directory, "admin");
        assertEquals(List.of("setValid alice false by admin"), directory.calls());
    }

    @Test
    void everythingChangedRenamesLast() {
        CustomerUser saved = new CustomerUserEdit(alice, input("alice2", "globex", ""), false)
                .applyTo(directory, "admin");
        assertEquals(List.of("update alice by admin", "setValid alice false by admin", "rename alice alice2 by admin"),
                directory.calls());
        assertEquals(new CustomerUser("alice2", "Alice", "Smith", "alice@acme.example", "globex", false, "db"), saved);
    }

    @Test
    void aChangeOfSpellingIsARename() {
        assertTrue(new CustomerUserEdit(alice, input("Alice", "acme", ""), true).changesLogin());
    }
}
