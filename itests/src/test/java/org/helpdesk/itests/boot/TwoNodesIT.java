package org.helpdesk.itests.boot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.helpdesk.itests.PortalClient;
import org.helpdesk.itests.api.ApiClient;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Two nodes on one PostgreSQL ({@link TwoNodes}): what one node does is seen by the other at the next request
 * (portal sessions, the failed-login throttle, a revoked relation), and two admins saving on two nodes at once
 * lose no update. The faults (a node killed, the database stopped) are in {@link NodeFaultsIT}.
 */
public class TwoNodesIT {

    @ClassRule
    public static final TwoNodes NODES = new TwoNodes(new UnpackedAssembly.Ports(28281, 28201, 21199, 24544),
            new UnpackedAssembly.Ports(28381, 28301, 21299, 24644));

    /** Both nodes started at once on the empty schema: one of them migrated it and loaded the demo data. */
    @Test
    public void theDemoDataIsThereOnceThoughBothNodesStartedAtOnce() throws Exception {
        try (java.sql.Connection connection = NODES.connect();
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("SELECT (SELECT count(*) FROM hd_customer),"
                        + " (SELECT count(*) FROM hd_customer_user), (SELECT count(*) FROM hd_ticket),"
                        + " (SELECT count(*) FROM hd_demo_data_claim)")) {
            rs.next();
            assertEquals("customers, customer users, tickets, claims", "3 3 4 1",
                    rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getLong(4));
        }
    }

    @Test
    public void aPortalSessionStartedOnOneNodeIsServedByTheOther() throws Exception {
        PortalClient onA = new PortalClient(NODES.a().httpUrl(""));
        assertEquals("", onA.logIn("alice", "alice"));
        PortalClient onB = onA.on(NODES.b().httpUrl(""));
        var page = onB.get("/portal/my-tickets");
        assertEquals(page.body(), 200, page.statusCode());
        assertTrue("alice's own demo ticket on node B", page.body().contains("T1"));
    }

    @Test
    public void failedLoginsCountOnEveryNode() throws Exception {
        for (int i = 0; i < 5; i++) {
            UnpackedAssembly node = i % 2 == 0 ? NODES.a() : NODES.b();
            assertFalse(new PortalClient(node.httpUrl("")).logIn("bob", "guess" + i).isEmpty());
        }
        String locked = new PortalClient(NODES.b().httpUrl("")).logIn("bob", "bob");
        assertFalse("the sixth try on node B is refused, though its password is right", locked.isEmpty());
    }

    @Test
    public void aRelationRevokedOnOneNodeStopsAccessOnTheOtherAtOnce() throws Exception {
        assertFalse(visible(NODES.b(), "carol").contains("T1"));
        ok(NODES.a(), "customer-relations:add carol acme");
        assertTrue(visible(NODES.b(), "carol").contains("T1"));
        ok(NODES.a(), "customer-relations:remove carol acme");
        assertFalse("the next request on node B no longer sees acme's tickets",
                visible(NODES.b(), "carol").contains("T1"));
    }

    /** CustomerDisableCompanyTicketAccess saved on node A counts on node B from the next request on. */
    @Test
    public void theCompanyTicketSwitchSavedOnOneNodeHoldsOnTheOtherAtOnce() throws Exception {
        ok(NODES.a(), "customer-relations:add carol acme");
        try {
            assertTrue(visible(NODES.b(), "carol").contains("T1"));
            ok(NODES.a(), "helpdesk:setting-set org.helpdesk.platform.tickets CustomerDisableCompanyTicketAccess true");
            String onB = visible(NODES.b(), "carol");
            assertFalse("the next request on node B hides acme's tickets: " + onB, onB.contains("T1"));
            assertTrue("carol still sees her own ticket: " + onB, onB.contains("T3"));
        } finally {
            ok(NODES.a(),
                    "helpdesk:setting-set org.helpdesk.platform.tickets CustomerDisableCompanyTicketAccess false");
            ok(NODES.a(), "customer-relations:remove carol acme");
        }
    }

    /**
     * Fault test 3: two admins on two nodes read bob's relations, then save a change each at the same moment
     * with the version they read, 100 times. Each round exactly one save is applied whole and the other is
     * refused as changed meanwhile (412); no other answer; at the end bob's relations are exactly what the
     * applied saves made.
     */
    @Test
    public void twoAdminsOnTwoNodesSavingOneSubjectLoseNoUpdate() throws Exception {
        ApiClient[] admins = { ApiClient.as(NODES.a().httpUrl(""), "admin", "admin"),
            ApiClient.as(NODES.b().httpUrl(""), "admin", "admin") };
        String[] customers = { "globex", "initech" };
        java.util.Set<String> expected = new java.util.TreeSet<>(TwoNodes.relatedCustomers(admins[0], "bob"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 100; round++) {
                String version = admins[round % 2].get(USER_CUSTOMERS).response().headers().firstValue("ETag")
                        .orElseThrow();
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Integer>> saves = new ArrayList<>();
                String[] changes = new String[2];
                for (int i = 0; i < 2; i++) {
                    String customer = customers[i];
                    boolean present = expected.contains(customer);
                    changes[i] = customer;
                    String body = present ? "{\"add\":[],\"remove\":[\"" + customer + "\"]}"
                            : "{\"add\":[\"" + customer + "\"],\"remove\":[]}";
                    ApiClient admin = admins[i];
                    saves.add(pool.submit(() -> {
                        go.await();
                        return admin.sendJson("PATCH", USER_CUSTOMERS, body, version).status();
                    }));
                }
                go.countDown();
                int first = saves.get(0).get();
                int second = saves.get(1).get();
                List<Integer> statuses = new ArrayList<>(List.of(first, second));
                statuses.sort(null);
                assertEquals("round " + round + ": one applied, one refused", 412, (int) statuses.get(1));
                assertTrue("round " + round + ": " + statuses, statuses.get(0) / 100 == 2);
                String applied = changes[first / 100 == 2 ? 0 : 1];
                if (!expected.remove(applied)) {
                    expected.add(applied);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(expected, new java.util.TreeSet<>(TwoNodes.relatedCustomers(admins[1], "bob")));
    }

    private static final String USER_CUSTOMERS = "/customer-users/bob/customers";

    private static String visible(UnpackedAssembly node, String login) throws IOException, InterruptedException {
        return ok(node, "helpdesk:tickets-visible --no-format " + login);
    }

    private static String ok(UnpackedAssembly node, String command) throws IOException, InterruptedException {
        return TwoNodes.ok(node, command);
    }
}
