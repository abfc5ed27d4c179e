package org.helpdesk.testsupport.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.junit.jupiter.api.Test;

/** What the fake adds for tests: set-up, call logs, events, failures. */
class FakeDirectoryTest {

    private final FakeDirectory directory = new FakeDirectory().addCustomer("acme", "Acme Corp")
            .addCustomer("old", "Old Ltd", false).addUser("alice", "ACME").addUser("bob", "acme", "ldap");

    @Test
    void setUpChecksAsTheDirectoryDoesButWritesNoEventsAndNoLog() {
        assertEquals(new CustomerUser("alice", "Alice", "Test", "alice@example.org", "acme", true, "db"),
                directory.users().findCustomerUser("alice").orElseThrow());
        assertEquals("ldap", directory.users().findCustomerUser("bob").orElseThrow().backend());
        assertEquals(false, directory.customers().findCustomer("OLD").orElseThrow().valid());
        CustomerUser invalid = new CustomerUser("carol@old.example", "", "", "carol@old.example", "old", false, "x");
        assertEquals(invalid, directory.addUser(invalid).users().findCustomerUser("CAROL@old.example").orElseThrow());
        assertEquals(Reason.DUPLICATE, assertThrows(DirectoryException.class,
                () -> directory.addCustomer("ACME", "Other")).reason());
        assertEquals(Reason.DUPLICATE, assertThrows(DirectoryException.class,
                () -> directory.addUser("Alice", "acme")).reason());
        assertEquals(Reason.UNKNOWN_CUSTOMER, assertThrows(DirectoryException.class,
                () -> directory.addUser("dave", "nope")).reason());
        assertEquals(Reason.INVALID_VALUE, assertThrows(DirectoryException.class,
                () -> directory.addCustomer("a b", "Name")).reason());
        assertEquals(List.of(), directory.events());
        assertEquals(List.of(), directory.customers().calls());
        assertEquals(List.of(), directory.users().calls());
    }

    @Test
    void passwordsAreSetForLogins() {
        assertTrue(directory.users().authenticate("alice", "pw".toCharArray()).isEmpty());
        directory.setPassword("ALICE", "pw");
        assertEquals("alice", directory.users().authenticate("alice", "pw".toCharArray()).orElseThrow().login());
    }

    @Test
    void callsAreLoggedInTheFormatsTestsCheck() {
        FakeCustomers customers = directory.customers();
        customers.listCustomers(Search.of(" corp ", CustomerSort.NAME, 50).page(100, 1000));
        customers.countCustomers(Search.of("corp", CustomerSort.NAME, 1));
        customers.matchingCustomerIds("corp acme", Validity.ALL, null, 10);
        customers.findCustomer("acme");
        customers.createCustomer("globex", "Globex", "admin");
        customers.renameCompany("globex", "Globex Inc", "admin");
        customers.setCustomerValid("globex", false, "admin");
        customers.changeCustomerId("globex", "globex-corp", "admin");
        customers.deleteCustomer("globex-corp", "admin");
        assertEquals(List.of("search corp 100+1000", "count corp", "matching corp acme after null",
                "create globex Globex by admin", "renameCompany globex Globex Inc by admin",
                "setCustomerValid globex false by admin", "changeCustomerId globex globex-corp by admin",
                "deleteCustomer globex-corp by admin"), customers.calls());
        assertEquals(100, customers.searches().get(0).offset());

        FakeCustomerUsers users = directory.users();
        users.searchCustomerUsers(Search.of("", CustomerUserSort.LOGIN, 10));
        users.matchingLogins("a", Validity.ALL, "alice", 10);
        CustomerUserDraft draft = new CustomerUserDraft("D", "", "", "acme", "pw".toCharArray());
        users.createCustomerUser("dave", draft, "admin");
        users.updateCustomerUser("dave", draft, "admin");
        users.setCustomerUserValid("dave", false, "admin");
        users.renameCustomerUser("dave", "david", "admin");
        users.deleteCustomerUser("david", "admin");
        assertEquals(List.of("search  0+10", "matching a after alice", "create dave by admin", "update dave by admin",
                "setValid dave false by admin", "rename dave david by admin", "delete david by admin"), users.calls());
        assertSame(draft, users.drafts().get(1));
        assertArrayEquals("pw".toCharArray(), users.drafts().get(0).password());
    }

    @Test
    void everyWriteSendsItsEventToListenersBeforeItReturns() {
        List<String> heard = new ArrayList<>();
        directory.onEvent(e -> heard.add(e.topic() + " " + directory.customers().findCustomer("acme2").isPresent()));
        directory.customers().changeCustomerId("acme", "acme2", null);
        directory.users().renameCustomerUser("alice", "Alicia", "admin");
        directory.users().deleteCustomerUser("alicia", "admin");
        assertEquals(List.of(DirectoryEvents.CUSTOMER_RENAMED + " true", DirectoryEvents.CUSTOMER_USER_RENAMED + " true",
                DirectoryEvents.CUSTOMER_USER_DELETED + " true"), heard);
        List<PostedEvent> events = directory.events();
        assertEquals(Map.of(DirectoryEvents.CUSTOMER_ID, "acme2", DirectoryEvents.OLD_CUSTOMER_ID, "acme",
                DirectoryEvents.ACTOR, "system"), events.get(0).properties(), "no actor: system");
        assertEquals(Map.of(DirectoryEvents.LOGIN, "Alicia", DirectoryEvents.OLD_LOGIN, "alice",
                DirectoryEvents.ACTOR, "admin"), events.get(1).properties());
        assertEquals("Alicia", events.get(2).property(DirectoryEvents.LOGIN));
    }

    @Test
    void refusedWritesSendNoEvent() {
        assertThrows(DirectoryException.class, () -> directory.customers().deleteCustomer("acme", "admin"));
        assertThrows(DirectoryException.class, () -> directory.users().createCustomerUser("x",
                new CustomerUserDraft("", "", "bad", "acme", null), "admin"));
        assertEquals(List.of(), directory.events());
    }

    @Test
    void theNextCallFailsOnceAsAskedAndWritesNothing() {
        DirectoryException down = new DirectoryException(Reason.DATABASE, null, "Database error: down");
        directory.failNext(down);
        assertSame(down, assertThrows(DirectoryException.class,
                () -> directory.customers().createCustomer("globex", "Globex", "admin")));
        assertTrue(directory.customers().findCustomer("globex").isEmpty(), "nothing written, and working again");
        assertEquals(List.of("create globex Globex by admin"), directory.customers().calls(), "the failed call is logged");
        directory.failNext(down);
        assertSame(down, assertThrows(DirectoryException.class, () -> directory.access().decide("alice")));
        assertEquals(List.of(), directory.events());
    }

    @Test
    void aDirectoryThatIsDownFailsEveryCallUntilItIsBack() {
        DirectoryException down = new DirectoryException(Reason.DATABASE, null, "Database error: down");
        directory.failEveryCall(down);
        assertSame(down, assertThrows(DirectoryException.class, () -> directory.users().findCustomerUser("alice")));
        assertSame(down, assertThrows(DirectoryException.class,
                () -> directory.customers().findCustomers(List.of("acme"))));
        assertSame(down, assertThrows(DirectoryException.class,
                () -> directory.users().matchingLogins("", Validity.ALL, null, 10)));
        directory.failEveryCall(null);
        assertEquals("alice", directory.users().findCustomerUser("alice").orElseThrow().login());
    }
}
