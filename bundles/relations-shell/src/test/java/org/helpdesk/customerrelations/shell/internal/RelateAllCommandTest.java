package org.helpdesk.customerrelations.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code customer-relations:relate-all} against a fake relations service, as Karaf would inject and run it. */
class RelateAllCommandTest {

    private FakeRelationService service;
    private final CommandFixture fixture = new CommandFixture();

    @BeforeEach
    void setUp() {
        service = new FakeRelationService(Map.of("alice", "acme", "bob", "acme", "carol", "globex"),
                Set.of("acme", "globex", "initech"));
        fixture.captureOut();
    }

    @AfterEach
    void tearDown() {
        fixture.restoreOut();
    }

    private void run(String customer, String login, String filter, boolean remove) throws Exception {
        RelateAllCommand command = new RelateAllCommand();
        CommandFixture.set(command, "relations", service);
        CommandFixture.set(command, "customerId", customer);
        CommandFixture.set(command, "login", login);
        if (filter != null) {
            CommandFixture.set(command, "filter", filter);
        }
        CommandFixture.set(command, "remove", remove);
        command.execute();
    }


    @Test
    void relatesACustomerToEveryMatchingUserAndRemovesThemAgain() throws Exception {
        run("globex", null, null, false);
        assertEquals(2, service.countRelations(), "alice and bob; carol's primary customer is globex");
        assertTrue(fixture.out()
                .startsWith("Related globex to all customer users: 2 added, 0 already present ("), fixture.out());
        fixture.resetOut();
        run("globex", null, "al", true);
        assertEquals(1, service.countRelations(), "only alice matches 'al'");
        assertTrue(fixture.out()
                .startsWith("Unrelated globex from all customer users matching 'al': 1 removed, 0 not related ("));
    }

    @Test
    void relatesACustomerUserToEveryMatchingCustomer() throws Exception {
        run(null, "carol", "", false);
        assertEquals(2, service.countRelations(), "acme and initech, not the primary globex");
        assertEquals("shell", service.lastActor);
    }

    @Test
    void needsExactlyOneSubject() {
        assertEquals("Give either --customer ID or --customer-user LOGIN",
                assertThrows(IllegalArgumentException.class, () -> run(null, null, null, false)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> run("acme", "alice", null, false));
        assertEquals(0, service.countRelations());
    }

    @Test
    void anUnknownSubjectChangesNothing() {
        assertThrows(RelationException.class, () -> run("nobody", null, null, false));
        assertEquals(0, service.countRelations());
    }

    @Test
    void summaryNamesTheFilter() {
        assertEquals("Related x to all customers matching 'a b': 3 added, 1 already present (7 ms)",
                RelateAllCommand.summary(Side.CUSTOMER_USER, "x", " a b ", false, new ChangeResult(3, 0, 1), 7));
    }
}
