package org.helpdesk.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.inject.Inject;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

/**
 * The platform directory in the running assembly, through its shell commands and services.
 * Subclasses choose the database. Every test makes its own uniquely named records.
 */
public abstract class DirectoryContainerTests {

    @Inject
    protected BundleContext context;

    // Under load the directory may come up after the probe; wait for it rather than Pax Exam's 10 s.
    @Inject
    @Filter(timeout = 240_000)
    protected CustomerDirectory customers;

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
                "helpdesk:demo-data");
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    /** The demo data is loaded by a component of its own, which may activate just after the directory. */
    private void awaitDemoUser(String login) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(120);
        while (users.findCustomerUser(login).isEmpty() && Instant.now().isBefore(end)) {
            Thread.sleep(200);
        }
    }

    @Test
    public void demoDataIsLoadedOnFirstStartAndReloadingChangesNothing() throws InterruptedException {
        awaitDemoUser("alice");
        assertTrue(users.findCustomerUser("alice").isPresent());
        assertEquals("acme", users.findCustomerUser("ALICE").orElseThrow().primaryCustomerId());
        assertTrue(shell.ok("helpdesk:demo-data").contains("0 records created"));
        assertTrue(shell.ok("helpdesk:customer-list --no-format globex").contains("Globex Corporation"));
    }

    @Test
    public void shellCreatesSearchesCountsPagesRenamesAndDeletes() {
        String acme = "acme-" + run;
        shell.ok("helpdesk:customer-add " + acme + " \"Acme " + run + "\"");
        for (int i = 0; i < 5; i++) {
            shell.ok("helpdesk:customer-user-add u" + i + "-" + run + " --customer " + acme.toUpperCase()
                    + " --first Test --last User" + i + " --email u" + i + "@" + run + ".example --password pw");
        }
        String list = shell.ok("helpdesk:customer-user-list --no-format " + run);
        assertEquals(list, 5, list.lines().filter(l -> l.contains(run)).count());
        Page<CustomerUser> page = users.searchCustomerUsers(
                new Search<>(run, Validity.ALL, CustomerUserSort.LOGIN, SortOrder.ASCENDING, 2, 2));
        assertEquals(5, page.total());
        assertEquals(List.of("u2-" + run, "u3-" + run), page.items().stream().map(CustomerUser::login).toList());
        assertTrue(shell.ok("helpdesk:customer-user-list " + run + " --limit 2").contains("2 of 5 customer users"));

        shell.ok("helpdesk:customer-rename " + acme + " " + acme + "-new");
        assertEquals(acme + "-new", users.findCustomerUser("u0-" + run).orElseThrow().primaryCustomerId());
        shell.ok("helpdesk:customer-user-rename u0-" + run + " renamed-" + run);
        assertTrue(users.findCustomerUser("u0-" + run).isEmpty());
        assertTrue(users.findCustomerUser("RENAMED-" + run).isPresent());

        shell.ok("helpdesk:customer-user-invalidate renamed-" + run);
        assertFalse(users.findCustomerUser("renamed-" + run).orElseThrow().valid());
        assertTrue(users.authenticate("u1-" + run, "pw".toCharArray()).isPresent());
        assertTrue(users.authenticate("renamed-" + run, "pw".toCharArray()).isEmpty());
        shell.ok("helpdesk:customer-user-validate renamed-" + run);
        shell.ok("helpdesk:customer-invalidate " + acme + "-new");
        assertFalse(customers.findCustomer(acme + "-new").orElseThrow().valid());
        shell.ok("helpdesk:customer-validate " + acme + "-new");

        KarafShell.Result inUse = shell.asAdmin("helpdesk:customer-delete " + acme + "-new");
        assertTrue(inUse.errorMessage(), inUse.errorMessage().contains("primary customer of 5"));
        for (String login : List.of("renamed-" + run, "u1-" + run, "u2-" + run, "u3-" + run, "u4-" + run)) {
            shell.ok("helpdesk:customer-user-delete " + login);
        }
        shell.ok("helpdesk:customer-delete " + acme + "-new");
        assertTrue(customers.findCustomer(acme + "-new").isEmpty());
    }

    @Test
    public void badInputIsRefusedWithAMessageNamingTheValue() {
        String id = "bad-" + run;
        shell.ok("helpdesk:customer-add " + id + " Bad");
        assertError("helpdesk:customer-add " + id.toUpperCase() + " Again", "exists already");
        assertError("helpdesk:customer-add \"a b\" Name", "'a b'");
        assertError("helpdesk:customer-add " + "x".repeat(151) + " Long", "longer than 150");
        assertError("helpdesk:customer-user-add nobody-" + run + " --customer missing-" + run,
                "Unknown primary customer: 'missing-" + run + "'");
        assertError("helpdesk:customer-user-add mail-" + run + " --customer " + id + " --email not-an-address",
                "Malformed e-mail address: 'not-an-address'");
        assertError("helpdesk:customer-user-add " + "l".repeat(201) + " --customer " + id, "longer than 200");
        assertError("helpdesk:customer-rename missing-" + run + " other", "Unknown customer: 'missing-" + run + "'");
        assertError("helpdesk:customer-user-delete missing-" + run, "Unknown customer user: 'missing-" + run + "'");
        assertTrue(users.findCustomerUser("nobody-" + run).isEmpty());
        assertTrue(users.findCustomerUser("mail-" + run).isEmpty());
        shell.ok("helpdesk:customer-user-add dup-" + run + " --customer " + id);
        assertError("helpdesk:customer-user-add DUP-" + run + " --customer " + id, "exists already");
    }

    @Test
    public void commandsNeedTheAdminRole() {
        KarafShell.Result denied = shell.run("helpdesk:customer-add denied-" + run + " Denied", "agent", "agent");
        assertTrue("agent must not run helpdesk commands", denied.failed());
        assertTrue(customers.findCustomer("denied-" + run).isEmpty());
    }

    private void assertError(String command, String expected) {
        KarafShell.Result result = shell.asAdmin(command);
        assertTrue(command + " should fail", result.failed());
        assertTrue(result.errorMessage(), result.errorMessage().contains(expected));
    }
}
