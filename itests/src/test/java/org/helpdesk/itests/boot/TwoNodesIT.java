package org.helpdesk.itests.boot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.helpdesk.itests.PortalClient;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Two nodes on one PostgreSQL, as a helpdesk that outgrew one machine runs them behind a load balancer: two
 * folders unpacked from the assembly, on ports of their own, started with {@code bin/start} against a fresh
 * schema of the CI's server (HELPDESK_PG_*). Node B starts once node A has loaded the demo data.
 */
public class TwoNodesIT {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(5);
    private static final UnpackedAssembly.Ports PORTS_A = new UnpackedAssembly.Ports(28281, 28201, 21199, 24544);
    private static final UnpackedAssembly.Ports PORTS_B = new UnpackedAssembly.Ports(28381, 28301, 21299, 24644);

    private static final List<UnpackedAssembly> NODES = new ArrayList<>();
    private static UnpackedAssembly a;
    private static UnpackedAssembly b;

    @BeforeClass
    public static void startTwoNodes() throws Exception {
        String url = System.getenv("HELPDESK_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("The two-node test needs the CI's PostgreSQL (HELPDESK_PG_URL, "
                    + "HELPDESK_PG_USER, HELPDESK_PG_PASSWORD): run it through .ci/run");
        }
        String schema = freshSchema(url);
        File tarGz = new File(System.getProperty("helpdesk.assembly", "../karaf-assembly/target/karaf-assembly.tar.gz"));
        Path root = Path.of("target", "nodes-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        a = node(tarGz, root.resolve("a"), PORTS_A, url, schema);
        b = node(tarGz, root.resolve("b"), PORTS_B, url, schema);
        start(a);
        start(b);
    }

    @AfterClass
    public static void stopNodes() throws Exception {
        for (UnpackedAssembly node : NODES) {
            if (!node.stop(Duration.ofSeconds(60))) {
                node.kill();
            }
        }
    }

    @Test
    public void aPortalSessionStartedOnOneNodeIsServedByTheOther() throws Exception {
        PortalClient onA = new PortalClient(a.httpUrl(""));
        assertEquals("", onA.logIn("alice", "alice"));
        PortalClient onB = onA.on(b.httpUrl(""));
        var page = onB.get("/portal/my-tickets");
        assertEquals(page.body(), 200, page.statusCode());
        assertTrue("alice's own demo ticket on node B", page.body().contains("T1"));
    }

    @Test
    public void failedLoginsCountOnEveryNode() throws Exception {
        for (int i = 0; i < 5; i++) {
            UnpackedAssembly node = i % 2 == 0 ? a : b;
            assertFalse(new PortalClient(node.httpUrl("")).logIn("bob", "guess" + i).isEmpty());
        }
        String locked = new PortalClient(b.httpUrl("")).logIn("bob", "bob");
        assertFalse("the sixth try on node B is refused, though its password is right", locked.isEmpty());
    }

    @Test
    public void aRelationRevokedOnOneNodeStopsAccessOnTheOtherAtOnce() throws Exception {
        assertFalse(visible(b, "carol").contains("T1"));
        ok(a, "customer-relations:add carol acme");
        assertTrue(visible(b, "carol").contains("T1"));
        ok(a, "customer-relations:remove carol acme");
        assertFalse("the next request on node B no longer sees acme's tickets", visible(b, "carol").contains("T1"));
    }

    private static String visible(UnpackedAssembly node, String login) throws IOException, InterruptedException {
        return ok(node, "helpdesk:tickets-visible --no-format " + login);
    }

    private static String ok(UnpackedAssembly node, String command) throws IOException, InterruptedException {
        UnpackedAssembly.Output output = node.client(command);
        assertEquals(command + ": " + output.text(), 0, output.exitCode());
        return output.text();
    }

    private static UnpackedAssembly node(File tarGz, Path folder, UnpackedAssembly.Ports ports, String url,
            String schema) throws IOException, InterruptedException {
        Files.createDirectories(folder.getParent());
        UnpackedAssembly node = UnpackedAssembly.unpack(tarGz, folder, ports);
        node.usePostgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                System.getenv().getOrDefault("HELPDESK_PG_USER", "postgres"),
                System.getenv().getOrDefault("HELPDESK_PG_PASSWORD", ""));
        return node;
    }

    private static void start(UnpackedAssembly node) throws Exception {
        NODES.add(node);
        long started = System.nanoTime();
        node.start();
        BootChecks checks = new BootChecks(node, started, started + BOOT_TIMEOUT.toNanos());
        checks.awaitAdminLoginPage();
        checks.awaitShell();
        checks.awaitCleanBundleList();
        checks.assertProductWorks();
    }

    private static String freshSchema(String url) throws SQLException {
        String schema = "nodes_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url,
                System.getenv().getOrDefault("HELPDESK_PG_USER", "postgres"),
                System.getenv().getOrDefault("HELPDESK_PG_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return schema;
    }
}
