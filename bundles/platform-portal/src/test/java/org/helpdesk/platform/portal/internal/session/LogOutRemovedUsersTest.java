package org.helpdesk.platform.portal.internal.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.testsupport.TestDatabases;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** The directory's events end the sessions of deleted, renamed and invalidated users. */
class LogOutRemovedUsersTest {

    private final SessionStore sessions = new SessionStore(TestDatabases.derby().dataSource());
    private final FakeDirectory directory = new FakeDirectory().addCustomer("acme", "Acme")
            .addUser("alice", "acme").addUser("bob", "acme").addUser("carol", "acme").addUser("dave", "acme");

    LogOutRemovedUsersTest() {
        LogOutRemovedUsers handler = new LogOutRemovedUsers(sessions, directory.users());
        directory.onEvent(posted -> handler.handleEvent(new Event(posted.topic(), posted.properties())));
    }

    @Test
    void deletedRenamedAndInvalidatedUsersAreLoggedOutEverywhere() {
        PortalSession alice = sessions.logIn(null, "alice");
        PortalSession aliceElsewhere = sessions.logIn(null, "alice");
        PortalSession bob = sessions.logIn(null, "bob");
        PortalSession carol = sessions.logIn(null, "carol");
        PortalSession dave = sessions.logIn(null, "dave");

        directory.users().deleteCustomerUser("alice", "test");
        assertTrue(sessions.find(alice.id()).isEmpty());
        assertTrue(sessions.find(aliceElsewhere.id()).isEmpty());

        directory.users().renameCustomerUser("bob", "robert", "test");
        assertTrue(sessions.find(bob.id()).isEmpty());

        directory.users().setCustomerUserValid("carol", false, "test");
        assertTrue(sessions.find(carol.id()).isEmpty());

        directory.users().updateCustomerUser("dave", new CustomerUserDraft("David", "Test", "dave@example.org",
                "acme", null), "test");
        assertTrue(sessions.find(dave.id()).isPresent(), "a change that leaves the user valid changes nothing");
    }

    @Test
    void aDirectoryThatDoesNotAnswerLeavesTheCheckToTheNextRequest() {
        PortalSession dave = sessions.logIn(null, "dave");
        LogOutRemovedUsers handler = new LogOutRemovedUsers(sessions, directory.users());
        directory.failNext(new DirectoryException(DirectoryException.Reason.BACKEND_UNAVAILABLE, "db", "down"));
        handler.handleEvent(new Event(DirectoryEvents.CUSTOMER_USER_CHANGED, Map.of(DirectoryEvents.LOGIN, "dave")));
        assertTrue(sessions.find(dave.id()).isPresent());
    }
}
