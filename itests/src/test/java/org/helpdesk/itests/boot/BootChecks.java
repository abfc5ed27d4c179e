package org.helpdesk.itests.boot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.helpdesk.itests.Browser;
import org.helpdesk.itests.PortalClient;
import org.openqa.selenium.By;

/**
 * What a user expects of one start of an unpacked assembly, each check waiting until the boot's
 * deadline: the admin login page, the shell over SSH, a bundle list without failed or waiting bundles,
 * the admin views behind a real login, the demo data in the shell and the portal.
 */
final class BootChecks {

    /** A boot that did not reach a state before its deadline. */
    static final class BootTimeout extends Exception {
        BootTimeout(String message) {
            super(message);
        }
    }

    /** Bundle states that mean a bundle did not come up (Blueprint's too); fragments stay Resolved. */
    private static final List<String> BAD_STATES = List.of("Installed", "Failure", "Waiting", "GracePeriod",
            "Starting", "Stopping", "Unknown");

    // The lines Karaf's feature deployer writes when a deployment refreshes (or first stops) bundles.
    private static final Pattern REFRESH = Pattern.compile("(Refreshing|Stopping) bundles:.*");

    private final UnpackedAssembly assembly;
    private final long startedNanos;
    private final long deadlineNanos;

    BootChecks(UnpackedAssembly assembly, long startedNanos, long deadlineNanos) {
        this.assembly = assembly;
        this.startedNanos = startedNanos;
        this.deadlineNanos = deadlineNanos;
    }

    /** @return the time from the start command to the first answer 200 of {@code /admin/login} */
    Duration awaitAdminLoginPage() throws Exception {
        await("the admin login page /admin/login answers 200", () -> {
            UnpackedAssembly.Output page = assembly.get("/admin/login");
            return page.exitCode() == 200 ? "" : "last status " + page.exitCode();
        });
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    void awaitShell() throws Exception {
        await("bin/client answers bundle:list", () -> {
            UnpackedAssembly.Output list = assembly.client("bundle:list");
            return list.exitCode() == 0 && list.text().contains("Active") ? "" : "last answer: " + list.text();
        });
    }

    void awaitCleanBundleList() throws Exception {
        await("no bundle is in a state of " + BAD_STATES, () -> {
            UnpackedAssembly.Output list = assembly.client("bundle:list -t 0 --no-format");
            if (list.exitCode() != 0) {
                return "bundle:list failed: " + list.text();
            }
            List<String> bad = UnpackedAssembly.plain(list.text()).lines()
                    .filter(line -> BAD_STATES.contains(stateOf(line)))
                    .toList();
            return bad.isEmpty() ? "" : String.join("\n", bad);
        });
    }

    /** The second column of {@code bundle:list --no-format}: ID, State, Level, Version, Name. */
    private static String stateOf(String line) {
        String[] columns = line.split("\\t");
        return columns.length > 1 ? columns[1].strip() : "";
    }

    void assertProductWorks() throws Exception {
        await("helpdesk:customer-list shows the demo customer acme", () -> {
            UnpackedAssembly.Output list = assembly.client("helpdesk:customer-list --no-format acme");
            return list.exitCode() == 0 && list.text().contains("Acme") ? "" : "last answer: " + list.text();
        });
        await("customer-relations:customer-ids names alice's primary customer", () -> {
            UnpackedAssembly.Output ids = assembly.client("customer-relations:customer-ids alice");
            return ids.exitCode() == 0 && ids.text().contains("acme") ? "" : "last answer: " + ids.text();
        });
        await("alice logs in to the portal and sees her company's demo ticket T2", this::portalShowsCompanyTicket);
        if (!Boolean.getBoolean("skip.browser.tests")) {
            adminViewOpensAfterLogin();
        }
    }

    private String portalShowsCompanyTicket() throws IOException, InterruptedException {
        PortalClient portal = new PortalClient(assembly.httpUrl(""));
        String login = portal.logIn("alice", "alice");
        if (!login.isEmpty()) {
            return login;
        }
        HttpResponse<String> tickets = portal.get("/portal/company-tickets");
        return tickets.statusCode() == 200 && tickets.body().contains("T2 ") ? ""
                : "company tickets: status " + tickets.statusCode();
    }

    /** A real admin login in Chromium, then the plugin's view "Customer Users ↔ Customers". */
    private void adminViewOpensAfterLogin() throws Exception {
        try (Browser browser = Browser.start("en-US", assembly.httpUrl(""))) {
            browser.open("/admin/login");
            browser.login("admin", "admin");
            browser.await(By.id("navigation"));
            await("the admin view /admin/customer-relations shows its lists", () -> {
                browser.open("/admin/customer-relations");
                Thread.sleep(1000);
                return browser.findAll(By.id("relations-overview")).isEmpty() ? "not shown" : "";
            });
        }
    }

    /** Fails unless the first boot's log shows no refresh: the refresh of startup bundles is what hung. */
    void assertNoStartupBundleWasRefreshed() throws IOException {
        List<String> refreshes = assembly.logLines().stream().filter(l -> REFRESH.matcher(l).find()).toList();
        assertEquals("the first boot refreshed bundles:\n" + String.join("\n", refreshes), List.of(), refreshes);
    }

    static void addCustomer(UnpackedAssembly assembly, String id) throws IOException, InterruptedException {
        UnpackedAssembly.Output added = assembly.client("helpdesk:customer-add " + id + " \"Kept over a restart\"");
        assertEquals(added.text(), 0, added.exitCode());
    }

    static void assertCustomerListed(UnpackedAssembly assembly, String id) throws IOException, InterruptedException {
        UnpackedAssembly.Output list = assembly.client("helpdesk:customer-list --no-format " + id);
        assertTrue("after the restart: " + list.text(), list.exitCode() == 0 && list.text().contains(id));
    }

    /** Repeats {@code check} (empty answer = done, else what is missing) until it holds or the deadline passes. */
    private void await(String what, Callable<String> check) throws Exception {
        String last = "";
        while (true) {
            last = check.call();
            if (last.isEmpty()) {
                return;
            }
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new BootTimeout(what + ": not reached "
                        + Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds() + " s after the start; "
                        + last);
            }
            Thread.sleep(1000);
        }
    }
}
