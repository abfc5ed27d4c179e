package org.helpdesk.platform.tickets.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerIdContributor;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.tickets.internal.SwitchableSettings;
import org.helpdesk.testsupport.directory.FakeBackend;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rules R1 and R2 on the worked example of ACCESS-RULES.md, and their edge cases. */
class DefaultCustomerAccessTest {

    /** The worked example's tickets: number -> (customer ID, customer user). */
    private static final Map<String, String[]> TICKETS = Map.of(
            "T1", new String[] { "acme", "alice" },
            "T2", new String[] { "acme", "bob" },
            "T3", new String[] { "globex", "carol" },
            "T5", new String[] { "globex", "alice" });

    private FakeDirectory directory;
    private FakeBackend db;
    private SwitchableSettings settings;
    private DefaultCustomerAccess access;
    /** The relations of a fake relations plugin: login -> related customer IDs. */
    private List<String[]> relations;
    private CustomerIdContributor relationsPlugin;

    @BeforeEach
    void setUp() {
        directory = new FakeDirectory().addCustomer("acme", "Acme").addCustomer("globex", "Globex")
                .addCustomer("initech", "Initech")
                .addUser("alice", "acme", "db").addUser("bob", "acme", "db").addUser("carol", "globex", "db");
        db = directory.backend("db").setDeliversExtraCustomerIds(true);
        settings = new SwitchableSettings();
        access = new DefaultCustomerAccess(directory.users(), settings);
        access.addBackend(db);
        relations = new CopyOnWriteArrayList<>();
        relationsPlugin = login -> relations.stream().filter(r -> r[0].equalsIgnoreCase(login))
                .map(r -> new CustomerIdGrant(r[1], "relation")).toList();
        access.addContributor(relationsPlugin);
    }

    private List<String> ids(String login) {
        return access.decide(login).customerIds().stream().map(CustomerIdGrant::toString).toList();
    }

    private String visible(String login) {
        AccessDecision decision = access.decide(login);
        return TICKETS.entrySet().stream().filter(t -> decision.maySee(t.getValue()[0], t.getValue()[1]))
                .map(Map.Entry::getKey).sorted().collect(Collectors.joining(","));
    }

    @Test
    void defaults() {
        assertEquals(List.of("acme: primary"), ids("alice"));
        assertEquals("T1,T2,T5", visible("alice"));
        assertEquals(List.of("globex: primary"), ids("carol"));
        // ACCESS-RULES.md's worked example says "carol sees T3 only", but T5 is a globex ticket and R2
        // (the contract) gives every user with globex its company tickets: carol sees T3 and T5.
        assertEquals("T3,T5", visible("carol"));
        assertEquals("T1,T2", visible("bob"));
    }

    @Test
    void relationAddsCompanyTicketsAndRemovingItTakesThemAwayAtOnce() {
        relations.add(new String[] { "alice", "globex" });
        assertEquals(List.of("acme: primary", "globex: relation"), ids("alice"));
        assertEquals("T1,T2,T3,T5", visible("alice"));
        relations.clear();
        assertEquals(List.of("acme: primary"), ids("alice"));
        assertEquals("T1,T2,T5", visible("alice"));
    }

    @Test
    void switchLeavesOnlyOwnTicketsRelationsOrNot() {
        settings.disabled = true;
        assertEquals("T1,T5", visible("alice"));
        relations.add(new String[] { "alice", "globex" });
        assertEquals("T1,T5", visible("alice"));
        AccessDecision decision = access.decide("alice");
        assertTrue(decision.companyTicketAccessDisabled());
        assertEquals(List.of(), decision.companyCustomerIds());
        assertEquals(2, decision.customerIds().size(), "the IDs stay; only their tickets are hidden");
        assertTrue(access.companyTicketAccessDisabled());
        settings.disabled = false;
        assertFalse(access.companyTicketAccessDisabled());
        assertEquals("T1,T2,T3,T5", visible("alice"));
    }

    @Test
    void privilegeSeparationStepsOfR4() {
        settings.disabled = true; // step 1
        db.setExcludePrimaryCustomerId(true); // step 2
        assertEquals(List.of(), ids("alice"));
        assertEquals("T1,T5", visible("alice"));
        relations.add(new String[] { "alice", "acme" }); // step 3
        assertEquals("T1,T5", visible("alice"));
        settings.disabled = false; // step 4
        assertEquals(List.of("acme: relation"), ids("alice"));
        assertEquals("T1,T2,T5", visible("alice"));
        assertEquals(List.of(), ids("bob"));
        assertEquals("T2", visible("bob"));
        assertEquals("T3", visible("carol"), "the backend excludes carol's primary too");
    }

    @Test
    void backendFlagBelongsToTheUsersOwnBackend() {
        FakeBackend ldap = directory.backend("ldap").setExcludePrimaryCustomerId(true);
        access.addBackend(ldap);
        directory.addUser("dave", "initech", "ldap");
        assertEquals(List.of(), ids("dave"));
        assertEquals(List.of("acme: primary"), ids("alice"), "the db backend still includes the primary");
        access.removeBackend(ldap);
        assertEquals(List.of("initech: primary"), ids("dave"), "without its backend the primary counts");
    }

    @Test
    void orderIsBackendThenPrimaryThenContributionsSortedIgnoringCase() {
        directory.setExtraCustomerIds("alice", "zeta", "Beta");
        relations.add(new String[] { "alice", "globex" });
        relations.add(new String[] { "alice", "Delta" });
        access.addContributor(login -> List.of(new CustomerIdGrant("charlie", "group")));
        assertEquals(List.of("zeta: backend", "Beta: backend", "acme: primary", "charlie: group", "Delta: relation",
                "globex: relation"), ids("alice"));
    }

    @Test
    void duplicatesIgnoringCaseKeepTheFirstSpelling() {
        directory.setExtraCustomerIds("alice", "ACME", "globex", "Globex");
        relations.add(new String[] { "alice", "acme" });
        relations.add(new String[] { "alice", "GLOBEX" });
        relations.add(new String[] { "alice", "initech" });
        access.addContributor(login -> List.of(new CustomerIdGrant("Initech", "group")));
        assertEquals(List.of("ACME: backend", "globex: backend", "initech: relation"), ids("alice"));
    }

    @Test
    void matchingIgnoresCase() {
        AccessDecision decision = access.decide("ALICE");
        assertEquals("alice", decision.login(), "the directory's spelling");
        assertTrue(decision.maySee("ACME", "someone"));
        assertTrue(decision.maySee("globex", "Alice"));
        assertFalse(decision.maySee("GLOBEX", "carol"));
        relations.add(new String[] { "Alice", "GLOBEX" });
        assertTrue(access.decide("alice").maySee("globex", "carol"));
    }

    @Test
    void unknownLoginIsAnError() {
        DirectoryException e = assertThrows(DirectoryException.class, () -> access.decide("mallory"));
        assertEquals(DirectoryException.Reason.UNKNOWN_CUSTOMER_USER, e.reason());
        assertEquals("mallory", e.value());
        assertTrue(e.getMessage().contains("mallory"));
    }

    @Test
    void contributorGoingAwayStopsGivingAccess() {
        relations.add(new String[] { "carol", "acme" });
        assertEquals("T1,T2,T3,T5", visible("carol"));
        access.removeContributor(relationsPlugin);
        assertEquals("T3,T5", visible("carol"));
        assertEquals(List.of("globex: primary"), ids("carol"));
    }

    @Test
    void everyCallAsksAgain() {
        List<String> calls = new ArrayList<>();
        access.addContributor(login -> {
            calls.add(login);
            return List.of();
        });
        access.decide("alice");
        access.decide("alice");
        assertEquals(List.of("alice", "alice"), calls);
    }
}
