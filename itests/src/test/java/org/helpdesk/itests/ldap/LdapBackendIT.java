package org.helpdesk.itests.ldap;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.itests.HelpdeskContainer;
import org.helpdesk.itests.PortalClient;
import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.api.tickets.dto.CustomerTicketQuery;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketScope;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Two customer-user backends in the assembly: the database (demo users, primary customer kept) and
 * the real OpenLDAP of .ci/openldap.sh as backend "partners" with CustomerUserExcludePrimaryCustomerID
 * on and the extra customer IDs in attribute ou. partner-NNNN belongs to partner-CC (CC = NNNN mod 10
 * + 1); every fifth also has ou partner-shared; all passwords are "partner".
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LdapBackendIT {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @Inject
    @Filter(timeout = 240_000)
    protected CustomerUserDirectory users;

    @Inject
    @Filter(timeout = 240_000)
    protected CustomerDirectory customers;

    @Inject
    @Filter(timeout = 240_000)
    protected TicketService tickets;

    @Inject
    @Filter(timeout = 240_000)
    protected CustomerAccess access;

    @Inject
    @Filter(timeout = 240_000)
    protected CustomerRelationService relations;

    private String run;

    @Configuration
    public Option[] config() {
        return LdapServer.withLdap(HelpdeskContainer.options());
    }

    @Before
    public void setUp() throws Exception {
        HelpdeskContainer.awaitHttpOk("/admin/login", WAIT);
        run = UUID.randomUUID().toString().substring(0, 8);
        Instant end = Instant.now().plus(WAIT);
        // the LDAP backend comes up with its configuration, possibly after the directory
        while (users.findCustomerUser("partner-0001").isEmpty()) {
            if (Instant.now().isAfter(end)) {
                fail("the LDAP backend 'partners' did not join the directory");
            }
            Thread.sleep(250);
        }
        for (String id : List.of("partner-03", "partner-shared")) {
            if (customers.findCustomer(id).isEmpty()) {
                customers.createCustomer(id, "Partner " + id, "it");
            }
        }
    }

    @Test
    public void searchesAndCountsSpanBothBackends() {
        assertEquals(99, users.countCustomerUsers(Search.of("partner-00", CustomerUserSort.LOGIN, 10)));
        // the 30 users of customer partner-03 (by primary customer ID and e-mail domain) and the login partner-0300
        assertEquals(31, users.countCustomerUsers(Search.of("partner-03", CustomerUserSort.LOGIN, 10)));
        CustomerUser pat = users.searchCustomerUsers(Search.of("pat0042", CustomerUserSort.LOGIN, 10)).items().get(0);
        assertEquals("partners", pat.backend());
        assertEquals("partner-0042@partner-03.example", pat.email());

        Search<CustomerUserSort> all = Search.of("", CustomerUserSort.LOGIN, 3);
        long total = users.countCustomerUsers(all);
        assertEquals(total, users.searchCustomerUsers(all).total());
        long databaseUsers = total - 300;
        assertTrue("the demo users are in the database", databaseUsers >= 3);
        List<CustomerUser> seam = users.listCustomerUsers(all.page((int) databaseUsers - 1, 3));
        assertEquals("db", seam.get(0).backend());
        assertEquals(List.of("partner-0001", "partner-0002"), List.of(seam.get(1).login(), seam.get(2).login()));
        assertEquals("alice", users.findCustomerUser("ALICE").orElseThrow().login());
        assertEquals(List.of("partner-0298", "partner-0299", "partner-0300"),
                users.matchingLogins("partner", org.helpdesk.platform.api.directory.dto.Validity.ALL, "partner-0297",
                        10));
    }

    @Test
    public void privilegeSeparationWithTheFlagOnForLdapOnly() {
        Ticket own = tickets.createTicket("partner-03", "partner-0002", "own " + run, "it");
        Ticket colleague = tickets.createTicket("partner-03", "partner-0012", "colleague " + run, "it");
        Ticket shared = tickets.createTicket("partner-shared", "partner-0010", "shared " + run, "it");

        // without relations an LDAP user sees only their own tickets: the primary customer is left out
        assertEquals(Set.of(own.number()), visible("partner-0002"));
        assertEquals(Set.of(colleague.number()), visible("partner-0012"));
        AccessDecision plain = access.decide("partner-0002");
        assertTrue(plain.customerIds().isEmpty());

        // related to their own company, they see its tickets; the colleague still does not
        relations.add("partner-0012", List.of("partner-03"), Source.API, "it");
        assertEquals(Set.of(own.number(), colleague.number()), visible("partner-0012"));
        assertEquals(Set.of(own.number()), visible("partner-0002"));

        // extra customer IDs from the LDAP attribute count, the primary still does not
        AccessDecision withExtra = access.decide("partner-0005");
        assertEquals(List.of(new CustomerIdGrant("partner-shared", CustomerIdGrant.BACKEND)), withExtra.customerIds());
        assertEquals(Set.of(shared.number()), visible("partner-0005"));

        // database users keep their primary customer
        assertTrue(access.decide("alice").customerIds().stream()
                .anyMatch(g -> g.customerId().equals("acme") && g.reason().equals(CustomerIdGrant.PRIMARY)));

        // revoked: gone at the next request
        relations.remove("partner-0012", List.of("partner-03"), Source.API, "it");
        assertEquals(Set.of(colleague.number()), visible("partner-0012"));
    }

    @Test
    public void ldapUsersAreReadOnlyButLogInWithTheirLdapPassword() throws Exception {
        DirectoryException readOnly = expect(() -> users.updateCustomerUser("partner-0002",
                new CustomerUserDraft("X", "Y", "", "partner-03", null), "it"));
        assertEquals(Reason.READ_ONLY, readOnly.reason());
        assertEquals(Reason.DUPLICATE, expect(() -> users.createCustomerUser("PARTNER-0002",
                new CustomerUserDraft("", "", "", "acme", null), "it")).reason());

        PortalClient portal = new PortalClient(HelpdeskContainer.BASE_URL);
        assertEquals("", portal.logIn("partner-0022", "partner"));
        assertEquals(200, portal.get("/portal/my-tickets").statusCode());
        assertFalse(new PortalClient(HelpdeskContainer.BASE_URL).logIn("partner-0032", "wrong").isEmpty());
    }

    @Test
    public void ldapStoppedMidTest() throws Exception {
        PortalClient portal = new PortalClient(HelpdeskContainer.BASE_URL);
        assertEquals("", portal.logIn("partner-0042", "partner"));
        long relationsBefore = relations.countRelations();
        LdapServer.stop();
        try {
            // database users keep working
            assertEquals("alice", access.decide("alice").login());
            assertEquals("alice", users.findCustomerUser("alice").orElseThrow().login());
            // LDAP users fail with a clear error within the timeouts, and nothing is written
            long start = System.nanoTime();
            DirectoryException down = expect(() -> users.findCustomerUser("partner-0002"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(Reason.BACKEND_UNAVAILABLE, down.reason());
            assertTrue(down.getMessage(), down.getMessage().contains("'partners'"));
            assertTrue("took " + millis + " ms", millis < 10_000);
            try {
                relations.add("partner-0002", List.of("partner-03"), Source.API, "it");
                fail("a relation for an LDAP user was written while LDAP was down");
            } catch (RuntimeException expected) {
                assertEquals(relationsBefore, relations.countRelations());
            }
            assertEquals(Reason.BACKEND_UNAVAILABLE,
                    expect(() -> users.countCustomerUsers(Search.of("", CustomerUserSort.LOGIN, 10))).reason());
            assertEquals(503, portal.get("/portal/my-tickets").statusCode());
        } finally {
            LdapServer.start();
        }
        // back by itself, without a restart of anything in Karaf
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try {
                assertEquals("partner-0002", users.findCustomerUser("partner-0002").orElseThrow().login());
                break;
            } catch (DirectoryException stillDown) {
                if (Instant.now().isAfter(end)) {
                    throw stillDown;
                }
                Thread.sleep(250);
            }
        }
        assertEquals(200, portal.get("/portal/my-tickets").statusCode());
    }

    private Set<String> visible(String login) {
        return tickets.customerTickets(new CustomerTicketQuery(login, TicketScope.ALL_VISIBLE, null, run, 0, 100))
                .items().stream().map(Ticket::number).collect(Collectors.toSet());
    }

    private static DirectoryException expect(Runnable call) {
        try {
            call.run();
        } catch (DirectoryException e) {
            return e;
        }
        throw new AssertionError("expected a DirectoryException");
    }
}
