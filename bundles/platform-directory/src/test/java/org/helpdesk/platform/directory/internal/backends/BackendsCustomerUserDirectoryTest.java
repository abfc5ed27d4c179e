package org.helpdesk.platform.directory.internal.backends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.directory.internal.DbCustomerDirectory;
import org.helpdesk.platform.directory.internal.DbCustomerUserDirectory;
import org.helpdesk.platform.directory.internal.DirectoryEventPublisher;
import org.helpdesk.platform.directory.internal.db.DirectoryDatabase;
import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The directory over the database (Derby) and a source: order, first wins, read-only, a source down. */
class BackendsCustomerUserDirectoryTest {

    private final ListSource partners = new ListSource("partners", "pt-bob", "pt-ann", "PT-Dora", "pt-carl");
    private DbCustomerUserDirectory db;
    private BackendsCustomerUserDirectory directory;

    @BeforeEach
    void setUp() {
        DirectoryDatabase database = new DirectoryDatabase(TestDatabases.derby().dataSource());
        DirectoryEventPublisher events = new DirectoryEventPublisher(new EventAdmin() {
            @Override
            public void postEvent(Event event) {
            }

            @Override
            public void sendEvent(Event event) {
            }
        });
        new DbCustomerDirectory(database, events).createCustomer("acme", "Acme", "test");
        db = new DbCustomerUserDirectory(database, events);
        for (String login : List.of("pt-zoe", "pt-dora", "pt-eve")) {
            db.createCustomerUser(login, new CustomerUserDraft("", "", "", "acme", "secret".toCharArray()), "test");
        }
        directory = new BackendsCustomerUserDirectory(db);
        directory.addSource(partners);
    }

    @Test
    void theDatabaseWinsALoginBothHold() {
        assertEquals("db", directory.findCustomerUser("PT-DORA").orElseThrow().backend());
        assertEquals("partners", directory.findCustomerUser("pt-ann").orElseThrow().backend());
        assertTrue(directory.findCustomerUser("nobody").isEmpty());
        assertEquals(List.of("db", "partners"), List.of(
                directory.findCustomerUsers(List.of("pt-dora", "pt-bob", "nobody")).get("pt-dora").backend(),
                directory.findCustomerUsers(List.of("pt-dora", "pt-bob", "nobody")).get("pt-bob").backend()));
    }

    @Test
    void listsShowTheDatabaseThenTheSourceWithExactCounts() {
        Search<CustomerUserSort> all = Search.of("pt", CustomerUserSort.LOGIN, 2);
        assertEquals(6, directory.countCustomerUsers(all)); // pt-dora of the source is shadowed
        assertEquals(List.of("pt-dora", "pt-eve"), logins(directory.searchCustomerUsers(all).items()));
        assertEquals(List.of("pt-zoe", "pt-ann", "pt-bob"), logins(directory.listCustomerUsers(all.page(2, 3))));
        assertEquals(List.of("pt-carl"), logins(directory.listCustomerUsers(all.page(5, 10))));
        assertEquals(List.of(), directory.listCustomerUsers(all.page(6, 10)));
        List<CustomerUser> pages = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 4) {
            pages.addAll(directory.listCustomerUsers(all.page(offset, 4)));
        }
        assertEquals(List.of("pt-dora", "pt-eve", "pt-zoe", "pt-ann", "pt-bob", "pt-carl"), logins(pages));
    }

    @Test
    void keysetListingsMergeAllBackendsAscending() {
        assertEquals(List.of("pt-ann", "pt-bob", "pt-carl", "pt-dora"),
                directory.matchingLogins("pt", Validity.ALL, null, 4));
        assertEquals(List.of("pt-eve", "pt-zoe"), directory.matchingLogins("pt", Validity.ALL, "pt-dora", 4));
    }

    @Test
    void sourceUsersAreReadOnlyAndTheirLoginsTaken() {
        DirectoryException readOnly = assertThrows(DirectoryException.class,
                () -> directory.setCustomerUserValid("pt-ann", false, "test"));
        assertEquals(Reason.READ_ONLY, readOnly.reason());
        assertTrue(readOnly.getMessage().contains("'partners'"), readOnly.getMessage());
        assertEquals(Reason.READ_ONLY, refusal(d -> d.renameCustomerUser("pt-ann", "x", "test")));
        assertEquals(Reason.READ_ONLY, refusal(d -> {
            d.deleteCustomerUser("pt-bob", "test");
            return null;
        }));
        assertEquals(Reason.DUPLICATE, refusal(d -> d.createCustomerUser("PT-ANN", draft(), "test")));
        assertEquals(Reason.DUPLICATE, refusal(d -> d.renameCustomerUser("pt-eve", "pt-carl", "test")));
        assertEquals(Reason.UNKNOWN_CUSTOMER_USER, refusal(d -> d.setCustomerUserValid("nobody", false, "test")));
        assertEquals("db", directory.renameCustomerUser("pt-eve", "PT-Eve", "test").backend());
        assertTrue(directory.isReadOnly(directory.findCustomerUser("pt-ann").orElseThrow()));
        assertFalse(directory.isReadOnly(directory.findCustomerUser("pt-eve").orElseThrow()));
    }

    @Test
    void aSourceDownFailsWhatNeedsItAndNothingIsWritten() {
        partners.down = true;
        assertEquals("db", directory.findCustomerUser("pt-zoe").orElseThrow().backend());
        assertEquals(List.of("pt-dora", "pt-eve"),
                logins(directory.listCustomerUsers(Search.of("pt", CustomerUserSort.LOGIN, 2))));
        assertEquals(Reason.BACKEND_UNAVAILABLE, refusal(d -> d.findCustomerUser("pt-ann")));
        assertEquals(Reason.BACKEND_UNAVAILABLE,
                refusal(d -> d.countCustomerUsers(Search.of("", CustomerUserSort.LOGIN, 10))));
        assertEquals(Reason.BACKEND_UNAVAILABLE, refusal(d -> d.createCustomerUser("new-one", draft(), "test")));
        assertTrue(db.findCustomerUser("new-one").isEmpty());
        assertEquals("pt-zoe", directory.authenticate("pt-zoe", "secret".toCharArray()).orElseThrow().login());
        partners.down = false;
        assertEquals(6, directory.countCustomerUsers(Search.of("", CustomerUserSort.LOGIN, 10)));
    }

    @Test
    void eachUserLogsInWithTheirOwnBackend() {
        assertEquals("partners", directory.authenticate("PT-ANN", "nna-tp".toCharArray()).orElseThrow().backend());
        assertTrue(directory.authenticate("pt-ann", "secret".toCharArray()).isEmpty());
        assertEquals("db", directory.authenticate("pt-dora", "secret".toCharArray()).orElseThrow().backend());
        assertTrue(directory.authenticate("pt-dora", "arod-tp".toCharArray()).isEmpty());
    }

    private Reason refusal(Function<BackendsCustomerUserDirectory, Object> call) {
        return assertThrows(DirectoryException.class, () -> call.apply(directory)).reason();
    }

    private static CustomerUserDraft draft() {
        return new CustomerUserDraft("", "", "", "acme", null);
    }

    private static List<String> logins(List<CustomerUser> users) {
        return users.stream().map(CustomerUser::login).toList();
    }
}
