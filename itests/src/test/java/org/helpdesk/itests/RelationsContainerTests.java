package org.helpdesk.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

/**
 * The Customer Relations plugin in the running assembly, through its shell commands (scope
 * customer-relations) and the platform's commands that must see its relations at once. Subclasses choose
 * the database. Tests make their own uniquely named customers and users; those that need the demo data
 * (alice, bob, carol; tickets T1, T2, T3, T5) restore what they change.
 */
public abstract class RelationsContainerTests {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    protected BundleContext context;

    @Inject
    @Filter(timeout = 240_000)
    protected CustomerRelationService relations;

    @Inject
    @Filter(timeout = 240_000)
    protected CustomerUserDirectory users;

    protected KarafShell shell;
    protected String run;

    @Before
    public void setUp() throws Exception {
        HelpdeskContainer.awaitHttpOk("/admin/login", Duration.ofSeconds(120));
        shell = new KarafShell(context);
        shell.awaitCommands(Duration.ofSeconds(120), "helpdesk:customer-add", "helpdesk:customer-user-add",
                "helpdesk:tickets-visible");
        run = UUID.randomUUID().toString().substring(0, 8);
        // the plugin's commands come up with its services; a test before may have reinstalled the feature
        await("customer-relations commands", () -> !shell.asAdmin("customer-relations:list --customer acme").failed());
    }

    /** Creates customers c1-RUN.. and users u1-RUN.. (primary c1-RUN) of this test. */
    private void directory(int customers, int users) {
        for (int i = 1; i <= customers; i++) {
            shell.ok("helpdesk:customer-add " + c(i) + " \"Company " + i + " " + run + "\"");
        }
        for (int i = 1; i <= users; i++) {
            shell.ok("helpdesk:customer-user-add " + u(i) + " --customer " + c(1) + " --first User" + i
                    + " --last Test --email " + u(i) + "@" + run + ".example");
        }
    }

    private String c(int i) {
        return "c" + i + "-" + run;
    }

    private String u(int i) {
        return "u" + i + "-" + run;
    }

    @Test
    public void shellAddsListsPagesAndRemovesWithHistory() {
        directory(4, 2);
        assertTrue(shell.ok("customer-relations:add " + u(1) + " " + c(2) + " " + c(3).toUpperCase())
                .contains("2 added, 0 already present"));
        assertTrue(shell.ok("customer-relations:add " + u(1) + " " + c(2)).contains("0 added, 1 already present"));

        String customers = shell.ok("customer-relations:list --customer-user " + u(1));
        assertTrue(customers, customers.contains("1-3 of 3 customers of " + u(1)));
        assertTrue(customers, line(customers, c(1)).contains("primary"));
        assertTrue(customers, line(customers, c(2)).contains("related"));
        assertTrue(customers, line(customers, c(3)).contains("related"));
        assertFalse(customers, customers.contains(c(4)));
        List<String> plain = shell.ok("customer-relations:list --no-format --customer-user " + u(1)).lines()
                .filter(l -> !l.isBlank()).toList();
        assertEquals(plain.toString(), 3, plain.size());
        assertTrue(plain.toString(), plain.get(0).startsWith(c(1)));
        assertTrue(shell.ok("customer-relations:list --customer-user " + u(1) + " --offset 1 --limit 1")
                .contains("2-2 of 3 customers"));
        String filtered = shell.ok("customer-relations:list --customer-user " + u(1) + " --filter " + c(3));
        assertTrue(filtered, filtered.contains(c(3)));
        assertFalse(filtered, filtered.contains(c(2)));

        String users = shell.ok("customer-relations:list --customer " + c(1));
        assertTrue(users, line(users, u(1)).contains("primary"));
        assertTrue(users, line(users, u(2)).contains("primary"));
        assertTrue(users, users.contains("of 2 customer users of " + c(1)));
        users = shell.ok("customer-relations:list --customer " + c(2));
        assertTrue(users, line(users, u(1)).contains("related"));
        assertTrue(users, users.contains("1-1 of 1 customer users"));

        String ids = shell.ok("customer-relations:customer-ids " + u(1));
        assertTrue(ids, line(ids, c(1)).contains("primary"));
        assertTrue(ids, line(ids, c(2)).contains("relation"));
        assertTrue(ids, ids.indexOf(c(1)) < ids.indexOf(c(2)));

        assertTrue(shell.ok("customer-relations:remove " + u(1) + " " + c(3) + " " + c(4))
                .contains("1 removed, 1 not related"));
        String history = shell.ok("customer-relations:history --customer-user " + u(1));
        assertTrue(history, history.contains("1-3 of 3 history entries"));
        String newest = history.lines().filter(l -> l.contains(run)).findFirst().orElseThrow();
        assertTrue(newest, newest.contains("REMOVED") && newest.contains(c(3)) && newest.contains("SHELL")
                && newest.contains("shell:admin"));
        assertTrue(shell.ok("customer-relations:history --customer " + c(2) + " --no-format").contains("ADDED"));
        assertTrue(shell.ok("customer-relations:history --customer-user " + u(1) + " --limit 1 --offset 2")
                .contains("3-3 of 3"));
    }

    @Test
    public void badInputFailsWithAMessageNamingTheValue() {
        directory(2, 1);
        assertError("customer-relations:add nobody-" + run + " " + c(2), "nobody-" + run);
        assertError("customer-relations:add " + u(1) + " " + c(2) + " missing-" + run, "missing-" + run);
        assertError("customer-relations:add " + u(1) + " " + c(1), c(1));
        assertTrue(shell.ok("customer-relations:list --customer " + c(2)).contains("0 of 0"));
        assertError("customer-relations:list", "exactly one of");
        assertError("customer-relations:list --customer-user " + u(1) + " --limit 0", "--limit must be 1 to 1000: 0");
        assertError("customer-relations:list --customer-user nobody-" + run, "nobody-" + run);
        assertError("customer-relations:customer-ids nobody-" + run, "nobody-" + run);
        KarafShell.Result denied = shell.run("customer-relations:add " + u(1) + " " + c(2), "agent", "agent");
        assertTrue("agent must not run customer-relations commands", denied.failed());
        assertTrue(shell.ok("customer-relations:list --customer " + c(2)).contains("0 of 0"));
    }

    @Test
    public void importAndExportRoundTripWithDryRunAndRejectedRows() throws Exception {
        directory(3, 3);
        Path dir = Files.createTempDirectory("relations-" + run);
        Path mixed = write(dir, "mixed.csv", "login,customer_id\n" + u(1) + "," + c(2) + "\n\nnobody-" + run + ","
                + c(2) + "\n\"" + u(2) + "\"," + c(3) + "\n" + u(3) + ",missing-" + run + "\n");

        KarafShell.Result refused = shell.asAdmin("customer-relations:import " + mixed);
        assertTrue(refused.failed());
        assertTrue(refused.errorMessage(), refused.errorMessage().contains("2 rows rejected (line 4: 'nobody-" + run));
        assertTrue(refused.errorMessage(), refused.errorMessage().contains("line 6: '" + u(3) + "','missing-" + run));
        assertTrue(refused.output(), line(refused.output(), "nobody-" + run).startsWith("4"));
        assertNoRelations(c(2));

        String dry = shell.ok("customer-relations:import --dry-run " + mixed);
        assertTrue(dry, dry.contains("nothing written: 2 would be added, 0 already present, 2 rejected"));
        assertNoRelations(c(2));

        String skipped = shell.ok("customer-relations:import --skip-invalid " + mixed);
        assertTrue(skipped, skipped.contains("2 added, 0 already present, 2 rejected (rejected rows skipped)"));
        assertTrue(shell.ok("customer-relations:list --customer " + c(3)).contains(u(2)));
        String again = shell.ok("customer-relations:import --skip-invalid " + mixed);
        assertTrue(again, again.contains("0 added, 2 already present"));
        assertTrue(shell.ok("customer-relations:history --customer " + c(3)).contains("IMPORT"));

        Path exported = dir.resolve("export.csv");
        assertTrue(shell.ok("customer-relations:export " + exported).contains("Exported"));
        List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
        assertEquals("login,customer_id", lines.get(0));
        List<String> ours = lines.stream().filter(l -> l.contains(run)).toList();
        assertEquals(List.of(u(1) + "," + c(2), u(2) + "," + c(3)), ours);
        assertError("customer-relations:export " + exported, "File exists");

        shell.ok("customer-relations:remove " + u(1) + " " + c(2));
        shell.ok("customer-relations:remove " + u(2) + " " + c(3));
        Path back = write(dir, "back.csv", "login,customer_id\n" + String.join("\n", ours) + "\n");
        assertTrue(shell.ok("customer-relations:import " + back).contains("2 added, 0 already present, 0 rejected"));
        assertTrue(shell.ok("customer-relations:list --customer " + c(2)).contains(u(1)));

        // malformed files are errors that name the problem and write nothing
        assertError("customer-relations:import " + write(dir, "header.csv", "user;customer\n" + u(3) + ";" + c(2)),
                "expected the header login,customer_id");
        assertError("customer-relations:import " + write(dir, "columns.csv", "login,customer_id\n" + u(3) + ","
                + c(3) + "\n" + u(3) + "," + c(2) + ",x\n"), "Line 3: expected 2 columns");
        assertError("customer-relations:import " + dir.resolve("missing.csv"), "File not found");
        assertFalse(shell.ok("customer-relations:list --customer " + c(3)).contains(u(3)));
    }

    @Test
    public void platformAccessFollowsRelationsAtOnce() {
        Pattern t3 = Pattern.compile("\\bT3\\b");
        String before = shell.ok("helpdesk:tickets-visible alice --no-format");
        assertFalse(before, t3.matcher(before).find());
        assertTrue(before, Pattern.compile("\\bT1\\b").matcher(before).find());
        try {
            shell.ok("customer-relations:add alice globex");
            assertTrue(word(shell.ok("helpdesk:customer-ids alice"), "globex"));
            String visible = shell.ok("helpdesk:tickets-visible alice --no-format");
            assertTrue(visible, t3.matcher(visible).find());
            for (String t : List.of("T1", "T2", "T5")) {
                assertTrue(visible, word(visible, t));
            }
        } finally {
            shell.ok("customer-relations:remove alice globex");
        }
        assertFalse(word(shell.ok("helpdesk:customer-ids alice"), "globex"));
        String after = shell.ok("helpdesk:tickets-visible alice --no-format");
        assertFalse(after, t3.matcher(after).find());
    }

    @Test
    public void relationsFollowRenamesAndGoWithDeletes() {
        directory(3, 2);
        shell.ok("customer-relations:add " + u(1) + " " + c(2) + " " + c(3));
        shell.ok("customer-relations:add " + u(2) + " " + c(3));

        shell.ok("helpdesk:customer-rename " + c(2) + " r" + c(2));
        shell.ok("helpdesk:customer-user-rename " + u(1) + " r" + u(1));
        String customers = shell.ok("customer-relations:list --customer-user r" + u(1));
        assertTrue(customers, line(customers, "r" + c(2)).contains("related"));
        assertTrue(customers, line(customers, c(3)).contains("related"));
        assertTrue(shell.ok("customer-relations:list --customer r" + c(2)).contains("r" + u(1)));
        assertTrue(word(shell.ok("helpdesk:customer-ids r" + u(1)), "r" + c(2)));
        assertTrue(shell.ok("customer-relations:history --customer-user r" + u(1)).contains("RENAME"));

        shell.ok("helpdesk:customer-user-delete r" + u(1));
        assertFalse(shell.ok("customer-relations:list --customer " + c(3)).contains("r" + u(1)));
        String history = shell.ok("customer-relations:history --customer " + c(3));
        assertTrue(history, history.lines().anyMatch(l -> l.contains("r" + u(1)) && l.contains("REMOVED")
                && l.contains("DELETE")));

        shell.ok("helpdesk:customer-delete " + c(3));
        assertFalse(shell.ok("customer-relations:list --customer-user " + u(2)).contains(c(3)));
        assertTrue(shell.ok("customer-relations:history --customer-user " + u(2)).lines()
                .anyMatch(l -> l.contains(c(3)) && l.contains("REMOVED") && l.contains("DELETE")));
    }

    @Test
    public void uninstallingThePluginKeepsThePlatformAndTheData() {
        directory(2, 1);
        shell.ok("customer-relations:add " + u(1) + " " + c(2));
        try {
            shell.ok("feature:uninstall helpdesk-customer-relations");
            await("commands gone", () -> shell.asAdmin("customer-relations:list --customer acme").failed());
            String ids = shell.ok("helpdesk:customer-ids " + u(1));
            assertTrue(ids, word(ids, c(1)));
            assertFalse(ids, word(ids, c(2)));
            assertTrue(word(shell.ok("helpdesk:customer-ids alice"), "acme"));
            assertTrue(shell.ok("helpdesk:customer-user-list --no-format " + run).contains(u(1)));
        } finally {
            shell.ok("feature:install helpdesk-customer-relations");
        }
        await("commands back", () -> !shell.asAdmin("customer-relations:list --customer acme").failed());
        assertTrue(shell.ok("customer-relations:list --customer-user " + u(1)).contains(c(2)));
        await("relation grants back", () -> word(shell.ok("helpdesk:customer-ids " + u(1)), c(2)));
    }

    @Test
    public void privilegeSeparationOfTheWorkedExample() {
        try {
            config("config:property-set -p org.helpdesk.platform.tickets CustomerDisableCompanyTicketAccess true");
            await("company tickets off", () -> !word(shell.ok("helpdesk:tickets-visible alice --no-format"), "T2"));
            excludePrimary(true);
            await("primary excluded", () -> !word(shell.ok("helpdesk:customer-ids bob"), "acme"));
            shell.ok("customer-relations:add alice acme");
            config("config:property-set -p org.helpdesk.platform.tickets CustomerDisableCompanyTicketAccess false");
            await("company tickets on", () -> word(shell.ok("helpdesk:tickets-visible alice --no-format"), "T2"));

            String alice = shell.ok("helpdesk:customer-ids alice");
            assertTrue(alice, word(alice, "acme"));
            assertTrue(alice, word(alice, "relation"));
            String aliceTickets = shell.ok("helpdesk:tickets-visible alice --no-format");
            for (String t : List.of("T1", "T2", "T5")) {
                assertTrue(aliceTickets, word(aliceTickets, t));
            }
            assertFalse(aliceTickets, word(aliceTickets, "T3"));
            String bob = shell.ok("helpdesk:customer-ids bob");
            assertFalse(bob, word(bob, "acme"));
            String bobTickets = shell.ok("helpdesk:tickets-visible bob --no-format");
            assertTrue(bobTickets, word(bobTickets, "T2"));
            for (String t : List.of("T1", "T3", "T5")) {
                assertFalse(bobTickets, word(bobTickets, t));
            }
        } finally {
            shell.asAdmin("customer-relations:remove alice acme");
            excludePrimary(false);
            config("config:property-set -p org.helpdesk.platform.tickets CustomerDisableCompanyTicketAccess false");
        }
        await("defaults back", () -> word(shell.ok("helpdesk:customer-ids bob"), "acme"));
        String alice = shell.ok("customer-relations:list --customer-user alice");
        assertFalse(alice, alice.contains("related"));
    }

    @Test
    public void benchmarkAndGenerateHarnessesRun() {
        directory(3, 4);
        String generated = shell.ok("customer-relations:generate --relations 4 --users-filter " + run
                + " --customers-filter " + run);
        assertTrue(generated, generated.contains("Added"));
        String bench = shell.ok("customer-relations:benchmark --samples 5 --bulk-filter " + run);
        assertTrue(bench, bench.contains("(a) CustomerAccess.decide"));
        assertTrue(bench, bench.contains("4 added of 4 matching"));
        assertTrue(bench, bench.contains("plugin / JDBC"));
    }

    private void excludePrimary(boolean on) {
        config("config:edit org.helpdesk.platform.directory.db~default; config:property-set "
                + "CustomerUserExcludePrimaryCustomerID " + on + "; config:update");
    }

    /** Config commands need the roles of Karaf's admingroup (config:edit needs "manager"), as over SSH. */
    private void config(String command) {
        KarafShell.Result result = shell.run(command, "admin", "admin", "manager", "viewer", "systembundles", "ssh");
        if (result.failed()) {
            throw new AssertionError(command + " failed: " + result.errorMessage() + "\n" + result.output());
        }
    }

    private void assertNoRelations(String customerId) {
        String users = shell.ok("customer-relations:list --customer " + customerId);
        assertTrue(users, users.contains("0 of 0"));
    }

    private void assertError(String command, String expected) {
        KarafShell.Result result = shell.asAdmin(command);
        assertTrue(command + " should fail", result.failed());
        assertTrue(result.errorMessage(), result.errorMessage().contains(expected));
    }

    private static Path write(Path dir, String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** @return the first output line containing {@code text} */
    private static String line(String output, String text) {
        return output.lines().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + text + " in\n" + output));
    }

    private static boolean word(String output, String word) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])").matcher(output).find();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        Instant end = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * The REST API's batch at its limit: 10,000 pairs with one unknown customer write nothing; the same
     * 10,000 without it are added in one go, and a second batch removes them again.
     */
    @Test
    public void aBatchOfTenThousandPairsThroughTheApiIsAllOrNothing() throws Exception {
        String prefix = "bt" + run;
        shell.ok("helpdesk:generate --customers 101 --customer-users 100 --prefix " + prefix);
        List<CustomerUser> generated = users.searchCustomerUsers(new Search<>(prefix, Validity.ALL,
                CustomerUserSort.LOGIN, SortOrder.ASCENDING, 0, 100)).items();
        assertEquals(100, generated.size());
        List<String> adds = new java.util.ArrayList<>();
        for (CustomerUser user : generated) {
            for (int c = 1; c <= 101; c++) {
                String customer = String.format("%s-c%06d", prefix, c);
                if (!customer.equalsIgnoreCase(user.primaryCustomerId())) {
                    adds.add(pairJson("add", user.login(), customer));
                }
            }
        }
        assertEquals(10_000, adds.size());
        long before = relations.countRelations();

        List<String> oneBad = new java.util.ArrayList<>(adds);
        oneBad.set(7_777, pairJson("add", generated.get(0).login(), "missing-" + run));
        ApiCall refused = api("{\"changes\":[" + String.join(",", oneBad) + "]}");
        assertEquals(refused.body(), 422, refused.status());
        assertTrue(refused.body(), refused.body().contains("\"index\":7777"));
        assertEquals(before, relations.countRelations());

        ApiCall added = api("{\"changes\":[" + String.join(",", adds) + "]}");
        assertEquals(added.body().substring(0, Math.min(500, added.body().length())), 200, added.status());
        assertEquals(before + 10_000, relations.countRelations());

        ApiCall removed = api("{\"changes\":[" + String.join(",", adds).replace("\"op\":\"add\"", "\"op\":\"remove\"")
                + "]}");
        assertEquals(200, removed.status());
        assertEquals(before, relations.countRelations());
    }

    /** A token made in the shell works as its owner until it is revoked there; then the next request is 401. */
    @Test
    public void aPersonalTokenActsForItsOwnerUntilItIsRevoked() throws Exception {
        String created = shell.ok("customer-relations:token-create \"IT " + run + "\" --days 1");
        java.util.regex.Matcher secret = Pattern.compile("crt_[A-Za-z0-9_-]{40,}").matcher(created);
        assertTrue(created, secret.find());
        java.util.regex.Matcher id = Pattern.compile("Token (\\d+) ").matcher(created);
        assertTrue(created, id.find());
        String bearer = "Bearer " + secret.group();
        assertTrue(shell.ok("customer-relations:token-list --no-format").contains("IT " + run));

        directory(2, 1);
        assertEquals(201, call("PUT", "/customer-users/" + u(1) + "/customers/" + c(2), bearer, null).status());
        String history = shell.ok("customer-relations:history --customer-user " + u(1) + " --no-format");
        assertTrue(history, history.contains("API") && history.contains("api:admin"));
        assertEquals(401, call("GET", "/customer-users/" + u(1) + "/customers", "Bearer crt_wrong", null).status());

        assertTrue(shell.ok("customer-relations:token-revoke " + id.group(1)).contains("revoked"));
        ApiCall refused = call("DELETE", "/customer-users/" + u(1) + "/customers/" + c(2), bearer, null);
        assertEquals(401, refused.status());
        assertEquals(List.of(c(2)), relations.allRelatedCustomerIds(u(1)));
        assertTrue(shell.ok("customer-relations:token-list --no-format").contains("revoked by shell:admin"));
        KarafShell.Result denied = shell.run("customer-relations:token-create sneaky", "agent", "agent");
        assertTrue("agent must not make tokens", denied.failed());
    }

    private record ApiCall(int status, String body) {
    }

    private static String pairJson(String op, String login, String customerId) {
        return "{\"op\":\"" + op + "\",\"login\":\"" + login + "\",\"customerId\":\"" + customerId + "\"}";
    }

    private static ApiCall api(String json) throws Exception {
        return call("POST", "/relations:batch", "Basic " + java.util.Base64.getEncoder().encodeToString(
                "admin:admin".getBytes(StandardCharsets.UTF_8)), json);
    }

    /** One request to the REST API from inside the container; {@code json} may be null. */
    private static ApiCall call(String method, String path, String authorization, String json) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                HelpdeskContainer.BASE_URL + "/api/customer-relations/v1" + path))
                .header("Authorization", authorization)
                .timeout(Duration.ofMinutes(5))
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new ApiCall(response.statusCode(), response.body());
    }
}
