package org.helpdesk.testsupport.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerIdContributor;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.junit.jupiter.api.Test;

/** Rule R1 as the platform's DefaultCustomerAccess decides it, on the fake's users and backends. */
class FakeCustomerAccessTest {

    private final FakeDirectory directory = new FakeDirectory().addCustomer("acme", "Acme").addCustomer("globex", "Globex")
            .addUser("alice", "acme").addUser("bob", "globex", "ldap");
    private final FakeCustomerAccess access = directory.access();

    private List<String> ids(String login) {
        return access.decide(login).customerIds().stream().map(CustomerIdGrant::toString).toList();
    }

    @Test
    void backendIdsThenPrimaryThenContributionsSortedWithoutDuplicatesIgnoringCase() {
        directory.backend("db").setDeliversExtraCustomerIds(true);
        directory.setExtraCustomerIds("alice", "zeta", " Beta ", "ACME");
        CustomerIdContributor relations = login -> List.of(new CustomerIdGrant("globex", "relation"),
                new CustomerIdGrant("Delta", "relation"), new CustomerIdGrant("beta", "relation"));
        access.addContributor(relations);
        assertEquals(List.of("zeta: backend", "Beta: backend", "ACME: backend", "Delta: relation", "globex: relation"),
                ids("alice"));
        access.removeContributor(relations);
        directory.backend("db").setDeliversExtraCustomerIds(false);
        assertEquals(List.of("acme: primary"), ids("ALICE"));
    }

    @Test
    void theUsersOwnBackendDecidesAboutThePrimaryCustomer() {
        assertEquals(List.of("globex: primary"), ids("bob"), "a backend the directory does not know keeps it");
        directory.backend("ldap").setExcludePrimaryCustomerId(true);
        assertEquals(List.of(), ids("bob"));
        assertEquals(List.of("acme: primary"), ids("alice"));
        directory.removeBackend("ldap");
        assertEquals(List.of("globex: primary"), ids("bob"));
    }

    @Test
    void theSwitchHidesCompanyTicketsAndUnknownUsersAreRefused() {
        access.setCompanyTicketAccessDisabled(true);
        AccessDecision decision = access.decide(" alice ");
        assertEquals("alice", decision.login());
        assertTrue(access.companyTicketAccessDisabled());
        assertEquals(List.of(), decision.companyCustomerIds());
        assertFalse(decision.maySee("acme", "bob"));
        access.setCompanyTicketAccessDisabled(false);
        assertTrue(access.decide("alice").maySee("ACME", "bob"));
        DirectoryException unknown = assertThrows(DirectoryException.class, () -> access.decide("mallory"));
        assertEquals(Reason.UNKNOWN_CUSTOMER_USER, unknown.reason());
        assertEquals("mallory", unknown.value());
    }
}
