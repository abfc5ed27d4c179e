package org.helpdesk.itests.boot;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.helpdesk.itests.PortalClient;
import org.junit.After;
import org.junit.Assume;
import org.junit.Test;

/**
 * Benchmark harness, not a test of speed: two nodes unpacked from the assembly on one fresh PostgreSQL schema
 * (HELPDESK_PG_*), generated data loaded on node A, then {@value #DEFAULT_USERS} virtual portal users
 * ({@link PortalLoadUser}), each request to node A or B at random, for a warm-up and a measured window. Prints
 * the throughput and the latency percentiles per node and per page, and writes them to
 * {@code target/two-nodes-load.txt}. It fails only when a request failed (the issue asks for zero errors).
 *
 * <pre>
 * flock /tmp/h/karaf.lock mvn -B -ntp -pl itests surefire:test -Dtest=TwoNodesLoadBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.twoNodes=true
 * </pre>
 *
 * Optional: {@code -Dbenchmark.users=50 -Dbenchmark.seconds=120 -Dbenchmark.warmupSeconds=15
 * -Dbenchmark.thinkMillis=0 -Dhelpdesk.assembly=...tar.gz}.
 */
public class TwoNodesLoadBenchmark {

    static final int DEFAULT_USERS = 50;

    private static final UnpackedAssembly.Ports PORTS_A = new UnpackedAssembly.Ports(29281, 29201, 29199, 29544);
    private static final UnpackedAssembly.Ports PORTS_B = new UnpackedAssembly.Ports(29381, 29301, 29299, 29644);

    // Data on node A: the portal users have passwords (generated users have none, so they cannot log in);
    // they exist before the tickets are generated, so the generator gives them tickets of their own too.
    private static final int CUSTOMERS = 1_000;
    private static final int GENERATED_USERS = 50_000;
    private static final int PORTAL_USERS = 200;
    private static final int TICKETS = 200_000;
    private static final int RELATIONS = 100_000;
    private static final int PORTAL_USER_RELATIONS = 600;
    private static final int USERS_PER_SHELL_CALL = 25;

    private static final Pattern ERROR_LINE = Pattern.compile("\\|\\s*ERROR\\s*\\|");

    private TwoNodes nodes;

    @Test
    public void portalUsersOnTwoNodes() throws Exception {
        Assume.assumeTrue("set -Dbenchmark.twoNodes=true to run the two-node load benchmark",
                Boolean.getBoolean("benchmark.twoNodes"));
        String url = System.getenv("HELPDESK_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("needs a PostgreSQL: HELPDESK_PG_URL, HELPDESK_PG_USER, HELPDESK_PG_PASSWORD");
        }
        if (System.getProperty("skip.browser.tests") == null) {
            // the boot checks' admin view in Chromium measures nothing here and would take CPU from the nodes
            System.setProperty("skip.browser.tests", "true");
        }
        int userCount = Integer.getInteger("benchmark.users", DEFAULT_USERS);
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("benchmark.warmupSeconds", 15));
        Duration measured = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 120));
        long thinkMillis = Long.getLong("benchmark.thinkMillis", 0);

        nodes = new TwoNodes(PORTS_A, PORTS_B);
        nodes.start();
        UnpackedAssembly a = nodes.a();
        UnpackedAssembly b = nodes.b();
        String postgres = nodes.postgresVersion();
        List<String> setup = new ArrayList<>();
        List<String> logins = loadData(a, setup);
        for (UnpackedAssembly node : List.of(a, b)) {
            assertEquals("a portal user logs in on " + node.httpUrl(""), "",
                    new PortalClient(node.httpUrl("")).logIn(logins.get(0), logins.get(0)));
        }

        LoadRecorder recorder = new LoadRecorder();
        List<PortalLoadUser> users = new ArrayList<>();
        for (int i = 0; i < userCount; i++) {
            users.add(new PortalLoadUser(List.of("A", "B"), List.of(a.httpUrl(""), b.httpUrl("")), logins, recorder,
                    thinkMillis, 1000 + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(userCount);
        long begin = System.nanoTime();
        long from = begin + warmUp.toNanos();
        long to = from + measured.toNanos();
        try {
            users.forEach(pool::execute);
            TimeUnit.NANOSECONDS.sleep(to - System.nanoTime());
        } finally {
            users.forEach(PortalLoadUser::stop);
            pool.shutdown();
            if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
        List<LoadRecorder.Sample> window = recorder.window(from, to);
        List<String> errors = LoadRecorder.errors(window);

        StringBuilder report = new StringBuilder();
        report.append("Two nodes on one PostgreSQL: portal load, ").append(Instant.now()).append('\n');
        File tarGz = TwoNodes.assembly();
        report.append("assembly: ").append(tarGz).append(" (built ")
                .append(Instant.ofEpochMilli(tarGz.lastModified())).append(")\n");
        report.append("PostgreSQL: ").append(postgres).append('\n');
        report.append("Karaf JVM A: ").append(heap(a)).append("; B: ").append(heap(b)).append("; JAVA_MAX_MEM=")
                .append(System.getenv().getOrDefault("JAVA_MAX_MEM", "(not set)")).append('\n');
        report.append("load generator: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append('\n');
        setup.forEach(line -> report.append("data: ").append(line).append('\n'));
        report.append(String.format(Locale.ROOT, "%d virtual users, think time %d ms, %d views per visit after a"
                + " login, each request to node A or B at random; warm-up %d s, measured %d s%n", userCount,
                thinkMillis, PortalLoadUser.VIEWS_PER_VISIT, warmUp.toSeconds(), measured.toSeconds()));
        report.append(LoadRecorder.table(window, measured.toNanos() / 1e9, List.of("A", "B"),
                List.of("login (form + POST)", "my tickets", "company tickets", "company tickets page 2-4",
                        "company tickets search", "one ticket")));
        report.append("errors: ").append(errors.isEmpty() ? "none" : String.join("\n  ", errors)).append('\n');
        for (UnpackedAssembly node : List.of(a, b)) {
            List<String> errorLines = node.logLines().stream().filter(l -> ERROR_LINE.matcher(l).find()).toList();
            report.append(node.home().getFileName()).append("/data/log/karaf.log: ").append(errorLines.size())
                    .append(" ERROR lines").append(errorLines.stream().limit(5).map(l -> "\n  " + l)
                            .collect(Collectors.joining()))
                    .append('\n');
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "two-nodes-load.txt"), report, StandardCharsets.UTF_8);
        assertEquals("failed requests: " + errors, List.of(), errors);
    }

    @After
    public void stopNodes() throws Exception {
        if (nodes != null) {
            nodes.stop();
        }
    }

    /**
     * Generated customers, users and tickets, {@value #PORTAL_USERS} portal users with passwords (each login is
     * its password), and relations for all users; each step's shell output line goes to {@code setup}.
     *
     * @return the portal users' logins
     */
    private static List<String> loadData(UnpackedAssembly a, List<String> setup) throws Exception {
        setup.add(shell(a, "helpdesk:generate --customers " + CUSTOMERS + " --customer-users " + GENERATED_USERS
                + " --prefix lt", "Generated"));
        List<String> logins = new ArrayList<>();
        long start = System.nanoTime();
        for (int from = 1; from <= PORTAL_USERS; from += USERS_PER_SHELL_CALL) {
            List<String> commands = new ArrayList<>();
            for (int i = from; i < from + USERS_PER_SHELL_CALL && i <= PORTAL_USERS; i++) {
                String login = String.format(Locale.ROOT, "loaduser%03d", i);
                logins.add(login);
                commands.add(String.format(Locale.ROOT, "helpdesk:customer-user-add %s --customer lt-c%06d"
                        + " --first Load --last User%d --email %s@load.example --password %s", login,
                        1 + (i - 1) % CUSTOMERS, i, login, login));
            }
            UnpackedAssembly.Output output = a.client(String.join("\n", commands));
            long created = UnpackedAssembly.plain(output.text()).lines()
                    .filter(l -> l.startsWith("Created customer user")).count();
            assertEquals(output.text(), commands.size(), created);
        }
        setup.add(String.format(Locale.ROOT, "%d portal users (helpdesk:customer-user-add ... --password, %d per"
                + " bin/client call) in %.1f s", PORTAL_USERS, USERS_PER_SHELL_CALL,
                (System.nanoTime() - start) / 1e9));
        setup.add(shell(a, "helpdesk:generate --tickets " + TICKETS + " --prefix lt", "Generated " + TICKETS));
        setup.add(shell(a, "customer-relations:generate --relations " + RELATIONS, "Relating|Added"));
        setup.add(shell(a, "customer-relations:generate --relations " + PORTAL_USER_RELATIONS
                + " --users-filter loaduser --seed 7", "Relating|Added"));
        return logins;
    }

    /** @return the command, its time and the output's lines that start with a match of the regex {@code summary} */
    private static String shell(UnpackedAssembly node, String command, String summary) throws Exception {
        long start = System.nanoTime();
        UnpackedAssembly.Output output = node.client(command);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(command + ": " + output.text(), 0, output.exitCode());
        Pattern wanted = Pattern.compile(summary);
        String lines = UnpackedAssembly.plain(output.text()).lines().filter(l -> wanted.matcher(l).lookingAt())
                .collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "`%s` (%.1f s): %s", command, seconds, lines);
    }

    /** The heap options the Karaf JVM was started with. */
    private static String heap(UnpackedAssembly node) {
        return node.process().flatMap(p -> p.info().arguments())
                .map(args -> List.of(args).stream().filter(arg -> arg.startsWith("-Xm")).collect(Collectors.joining(" ")))
                .map(options -> options.isEmpty() ? "no -Xms/-Xmx (the JVM's default heap)" : options)
                .orElse("(process not found)");
    }
}
