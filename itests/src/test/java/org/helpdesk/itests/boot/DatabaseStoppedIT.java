package org.helpdesk.itests.boot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.helpdesk.itests.Browser;
import org.helpdesk.itests.PortalClient;
import org.helpdesk.itests.api.ApiClient;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;

/**
 * Fault test 2 of two nodes on one PostgreSQL ({@link TwoNodes}): the database is stopped (its own
 * {@code pg_ctl stop}, HELPDESK_PG_CTL of {@code .ci/postgresql.sh}) while an admin saves on node A and a
 * customer user browses on node B. Every entry point says clearly that the database is unavailable (admin view
 * notification, portal error page, shell message, HTTP 503 of the API), nothing is half-written, and once the
 * database is back the nodes serve again without a restart of Karaf.
 */
public class DatabaseStoppedIT {

    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static final String BOB_CUSTOMERS = "/customer-users/bob/customers";

    @ClassRule
    public static final TwoNodes NODES = new TwoNodes(new UnpackedAssembly.Ports(28681, 28601, 21599, 24944),
            new UnpackedAssembly.Ports(28781, 28701, 21699, 25044));

    @Test
    public void everyEntryPointSaysTheDatabaseIsUnavailableAndRecoversWhenItIsBack() throws Exception {
        String pgCtl = System.getenv("HELPDESK_PG_CTL");
        assertTrue("the test needs HELPDESK_PG_CTL (.ci/postgresql.sh) to stop and start the database",
                pgCtl != null && !pgCtl.isBlank());
        PortalClient alice = new PortalClient(NODES.b().httpUrl(""));
        assertEquals("", alice.logIn("alice", "alice"));
        ApiClient admin = ApiClient.as(NODES.a().httpUrl(""), "admin", "admin");
        Load load = new Load(alice, admin);
        try (Browser browser = Browser.start("en-US", NODES.a().httpUrl(""))) {
            browser.open("/admin/login");
            browser.login("admin", "admin");
            browser.await(By.id("navigation"));
            browser.open("/admin/customer-relations/user/carol");
            browser.await(checkbox("acme")).click();
            browser.awaitText(By.id("pending"), "1 changed");
            load.start();
            load.awaitRounds(5);
            ctl(pgCtl, "stop");
            try {
                load.awaitRounds(5);
                browser.await(By.id("save")).click();
                try {
                    browser.await(Browser.notification("The database failed, nothing was saved"));
                } catch (RuntimeException e) {
                    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "database-stopped-a.jstack"),
                            NODES.a().threadDump());
                    throw e;
                }

                HttpResponse<String> page = alice.get("/portal/my-tickets");
                assertEquals(page.body(), 503, page.statusCode());
                assertTrue(page.body(), page.body().contains("database does not answer right now"));

                ApiClient.Answer read = admin.get(BOB_CUSTOMERS);
                assertEquals(read.response().body(), 503, read.status());
                assertEquals("Database unavailable", read.json().path("title").asText());
                ApiClient.Answer save = admin.sendJson("PATCH", "/customer-users/carol/customers",
                        "{\"add\":[\"initech\"],\"remove\":[]}", null);
                assertEquals(save.response().body(), 503, save.status());

                UnpackedAssembly.Output shell = NODES.a().client("customer-relations:add carol initech");
                assertNotEquals(shell.text(), 0, shell.exitCode());
                assertTrue(shell.text(), shell.text().toLowerCase(Locale.ROOT).contains("database"));
            } finally {
                ctl(pgCtl, "start");
            }
            load.awaitRecovery();
            load.stop();

            // the admin's pending change is still on the page and is saved now, on the same Karaf
            browser.await(By.id("save")).click();
            browser.await(Browser.notification("1 added, 0 removed"));
        } finally {
            load.stop();
        }
        assertEquals("nothing of the refused saves was written", List.of("acme"),
                TwoNodes.relatedCustomers(admin, "carol"));
        assertEquals("history matches relations", 0, NODES.historyMismatches("login_lc", "bob", "carol"));
        assertEquals("answers while browsing and saving: " + load.statuses, Set.of(), load.unexpected());
        assertTrue("503s were seen: " + load.statuses, load.statuses.containsKey("browse 503")
                && load.statuses.containsKey("save 503"));
        String shell = TwoNodes.ok(NODES.a(), "customer-relations:add carol initech");
        assertTrue(shell, shell.contains("1 added"));
    }

    /** A customer user browsing on node B and an admin saving bob's relations on node A, one request at a time. */
    private static final class Load {

        // a user reads a page now and then; without a pause the loop would be a load test of its own
        private static final long PAUSE_MILLIS = 50;

        private final PortalClient user;
        private final ApiClient admin;
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicInteger rounds = new AtomicInteger();
        private final AtomicReference<String> lastBrowse = new AtomicReference<>("");
        private final AtomicReference<String> lastSave = new AtomicReference<>("");
        final ConcurrentMap<String, Integer> statuses = new ConcurrentHashMap<>();
        private Thread thread;

        Load(PortalClient user, ApiClient admin) {
            this.user = user;
            this.admin = admin;
        }

        void start() {
            running.set(true);
            thread = new Thread(this::run, "load");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            boolean add = true;
            while (running.get()) {
                try {
                    HttpResponse<String> page = user.get("/portal/company-tickets");
                    count(lastBrowse, "browse " + page.statusCode());
                    String body = add ? "{\"add\":[\"initech\"],\"remove\":[]}" : "{\"add\":[],\"remove\":[\"initech\"]}";
                    ApiClient.Answer save = admin.sendJson("PATCH", BOB_CUSTOMERS, body, null);
                    count(lastSave, "save " + save.status());
                    if (save.status() == 200) {
                        add = !add;
                    }
                } catch (IOException e) {
                    count(lastBrowse, "exception " + e);
                } catch (InterruptedException e) {
                    return;
                }
                rounds.incrementAndGet();
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void count(AtomicReference<String> last, String answer) {
            last.set(answer);
            statuses.merge(answer, 1, Integer::sum);
        }

        void awaitRounds(int n) throws InterruptedException {
            int target = rounds.get() + n;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (rounds.get() < target && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue("the load made no progress: " + statuses, rounds.get() >= target);
        }

        /** Waits until browsing and saving succeed again, as the pool reconnects by itself. */
        void awaitRecovery() throws InterruptedException {
            long deadline = System.nanoTime() + RECOVERY.toNanos();
            while (!("browse 200".equals(lastBrowse.get()) && "save 200".equals(lastSave.get()))) {
                assertTrue("not recovered " + RECOVERY.toSeconds() + " s after the database came back: " + statuses,
                        System.nanoTime() < deadline);
                Thread.sleep(100);
            }
            awaitRounds(5);
        }

        void stop() throws InterruptedException {
            running.set(false);
            if (thread != null) {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            }
        }

        /** Answers other than success or "unavailable". */
        Set<String> unexpected() {
            Map<String, Integer> other = new TreeMap<>(statuses);
            other.keySet().removeAll(Set.of("browse 200", "browse 503", "save 200", "save 503"));
            return other.keySet();
        }
    }

    private static void ctl(String pgCtl, String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(pgCtl, action).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(pgCtl + " " + action + " did not end", process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(pgCtl + " " + action + ": " + output, 0, process.exitValue());
    }

    private static By checkbox(String row) {
        return By.cssSelector("#relations-grid vaadin-checkbox[data-row='" + row + "']");
    }
}
