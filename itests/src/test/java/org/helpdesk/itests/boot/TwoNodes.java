package org.helpdesk.itests.boot;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.helpdesk.itests.api.ApiClient;
import org.junit.rules.ExternalResource;

/**
 * Two nodes on one PostgreSQL, as a helpdesk that outgrew one machine runs them behind a load balancer: two
 * folders unpacked from the assembly, on ports of their own, started with {@code bin/start} against a fresh
 * schema of the CI's server (HELPDESK_PG_*). Both start at once, on an empty schema.
 */
final class TwoNodes extends ExternalResource {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(5);

    private final UnpackedAssembly.Ports portsA;
    private final UnpackedAssembly.Ports portsB;
    private String url;
    private String schema;
    private UnpackedAssembly a;
    private UnpackedAssembly b;

    /** Two nodes on these ports; as a JUnit {@code @ClassRule} they start before a class's tests and stop after. */
    TwoNodes(UnpackedAssembly.Ports portsA, UnpackedAssembly.Ports portsB) {
        this.portsA = portsA;
        this.portsB = portsB;
    }

    @Override
    protected void before() throws Throwable {
        start();
    }

    @Override
    protected void after() {
        try {
            stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unpacks and starts both nodes on a fresh schema; stops what started when one of them does not come up. */
    void start() throws Exception {
        url = System.getenv("HELPDESK_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("The two-node tests need the CI's PostgreSQL (HELPDESK_PG_URL, "
                    + "HELPDESK_PG_USER, HELPDESK_PG_PASSWORD): run them through .ci/run");
        }
        schema = "nodes_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        File tarGz = assembly();
        Path root = Path.of("target", "nodes-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        a = node(tarGz, root.resolve("a"), portsA, schemaUrl);
        b = node(tarGz, root.resolve("b"), portsB, schemaUrl);
        try {
            // both at once, as nodes behind a balancer come up: one migrates the schema and loads the demo data
            long started = System.nanoTime();
            a.start();
            b.start();
            awaitBoot(a, started);
            awaitBoot(b, started);
        } catch (Exception | AssertionError e) {
            stop();
            throw e;
        }
    }

    /** The assembly's tar.gz: {@code -Dhelpdesk.assembly} (failsafe sets it), else the one the build left. */
    static File assembly() throws IOException {
        String configured = System.getProperty("helpdesk.assembly");
        if (configured != null) {
            return new File(configured);
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("..", "karaf-assembly", "target"),
                "karaf-assembly-*.tar.gz")) {
            for (Path path : found) {
                return path.toFile();
            }
        }
        throw new IllegalStateException("no karaf-assembly/target/karaf-assembly-*.tar.gz: build the assembly"
                + " first, or set -Dhelpdesk.assembly");
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

    /** @return PostgreSQL's {@code version()} */
    String postgresVersion() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Compares relations with their history where {@code column} ({@code login_lc} or {@code customer_id_lc}) is
     * one of {@code keys}: every relation's pair has "ADDED" as its last history entry, and every pair whose
     * last entry is "ADDED" is related.
     *
     * @return the pairs for which that does not hold
     */
    long historyMismatches(String column, String... keys) throws SQLException {
        if (!column.equals("login_lc") && !column.equals("customer_id_lc")) {
            throw new IllegalArgumentException(column);
        }
        String in = column + " IN (" + String.join(", ", java.util.Collections.nCopies(keys.length, "?")) + ")";
        String related = "SELECT login_lc, customer_id_lc FROM cr_relation WHERE " + in;
        String added = "SELECT login_lc, customer_id_lc FROM (SELECT DISTINCT ON (login_lc, customer_id_lc) login_lc,"
                + " customer_id_lc, action FROM cr_history WHERE " + in
                + " ORDER BY login_lc, customer_id_lc, id DESC) h WHERE action = 'ADDED'";
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT (SELECT count(*) FROM (" + related + " EXCEPT " + added + ") missing)"
                        + " + (SELECT count(*) FROM (" + added + " EXCEPT " + related + ") extra)")) {
            int index = 1;
            for (int round = 0; round < 4; round++) {
                for (String key : keys) {
                    statement.setString(index++, key);
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** @return the customer IDs related to {@code login} (not the primary), as the REST API lists them */
    static List<String> relatedCustomers(ApiClient admin, String login) throws IOException, InterruptedException {
        ApiClient.Answer answer = admin.get("/customer-users/" + login + "/customers?limit=500");
        assertEquals(200, answer.status());
        List<String> ids = new ArrayList<>();
        answer.json().get("items").forEach(item -> {
            if (!item.path("primary").asBoolean(false)) {
                ids.add(item.get("customerId").asText());
            }
        });
        return ids;
    }

    /** Stops both nodes, killing one that does not stop. */
    void stop() throws IOException, InterruptedException {
        for (UnpackedAssembly node : new UnpackedAssembly[] {a, b}) {
            if (node != null && node.process().isPresent() && !node.stop(Duration.ofSeconds(60))) {
                node.kill();
            }
        }
    }

    /** {@code bin/start} of a node and the checks of a start as the README's: login page, shell, bundles, demo. */
    static void boot(UnpackedAssembly node) throws Exception {
        long started = System.nanoTime();
        node.start();
        awaitBoot(node, started);
    }

    private static void awaitBoot(UnpackedAssembly node, long started) throws Exception {
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
