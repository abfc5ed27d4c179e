package org.helpdesk.itests.boot;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * Two nodes on one PostgreSQL, as a helpdesk that outgrew one machine runs them behind a load balancer: two
 * folders unpacked from the assembly, on ports of their own, started with {@code bin/start} against a fresh
 * schema of the CI's server (HELPDESK_PG_*). Node B starts once node A has loaded the demo data.
 */
final class TwoNodes {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(5);

    private final String url;
    private final String schema;
    private final UnpackedAssembly a;
    private final UnpackedAssembly b;

    private TwoNodes(String url, String schema, UnpackedAssembly a, UnpackedAssembly b) {
        this.url = url;
        this.schema = schema;
        this.a = a;
        this.b = b;
    }

    /** Unpacks and starts both nodes; stops what started when one of them does not come up. */
    static TwoNodes start(UnpackedAssembly.Ports portsA, UnpackedAssembly.Ports portsB) throws Exception {
        String url = System.getenv("HELPDESK_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("The two-node tests need the CI's PostgreSQL (HELPDESK_PG_URL, "
                    + "HELPDESK_PG_USER, HELPDESK_PG_PASSWORD): run them through .ci/run");
        }
        String schema = "nodes_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        File tarGz = new File(System.getProperty("helpdesk.assembly", "../karaf-assembly/target/karaf-assembly.tar.gz"));
        Path root = Path.of("target", "nodes-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        TwoNodes nodes = new TwoNodes(url, schema, node(tarGz, root.resolve("a"), portsA, schemaUrl),
                node(tarGz, root.resolve("b"), portsB, schemaUrl));
        try {
            boot(nodes.a);
            boot(nodes.b);
        } catch (Exception | AssertionError e) {
            nodes.stop();
            throw e;
        }
        return nodes;
    }

    UnpackedAssembly a() {
        return a;
    }

    UnpackedAssembly b() {
        return b;
    }

    /** A new connection to the nodes' schema, as the test's own eyes on the database. */
    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user(), password());
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
        }
        return connection;
    }

    /** Stops both nodes, killing one that does not stop. */
    void stop() throws IOException, InterruptedException {
        for (UnpackedAssembly node : new UnpackedAssembly[] {a, b}) {
            if (node.process().isPresent() && !node.stop(Duration.ofSeconds(60))) {
                node.kill();
            }
        }
    }

    /** {@code bin/start} of a node and the checks of a start as the README's: login page, shell, bundles, demo. */
    static void boot(UnpackedAssembly node) throws Exception {
        long started = System.nanoTime();
        node.start();
        BootChecks checks = new BootChecks(node, started, started + BOOT_TIMEOUT.toNanos());
        checks.awaitAdminLoginPage();
        checks.awaitShell();
        checks.awaitCleanBundleList();
        checks.assertProductWorks();
    }

    /** Runs a shell command on the node and asserts that it succeeded; returns what it printed. */
    static String ok(UnpackedAssembly node, String command) throws IOException, InterruptedException {
        UnpackedAssembly.Output output = node.client(command);
        assertEquals(command + ": " + output.text(), 0, output.exitCode());
        return output.text();
    }

    private static UnpackedAssembly node(File tarGz, Path folder, UnpackedAssembly.Ports ports, String url)
            throws IOException, InterruptedException {
        Files.createDirectories(folder.getParent());
        UnpackedAssembly node = UnpackedAssembly.unpack(tarGz, folder, ports);
        node.usePostgres(url, user(), password());
        return node;
    }

    private static String user() {
        return System.getenv().getOrDefault("HELPDESK_PG_USER", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("HELPDESK_PG_PASSWORD", "");
    }
}
