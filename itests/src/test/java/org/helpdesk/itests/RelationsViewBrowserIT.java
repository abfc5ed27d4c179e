package org.helpdesk.itests;

import static org.helpdesk.itests.Browser.awaitTrue;
import static org.helpdesk.itests.Browser.gridCellContaining;
import static org.helpdesk.itests.Browser.gridCellStartingWith;
import static org.helpdesk.itests.HelpdeskPages.NAVIGATION;
import static org.helpdesk.itests.HelpdeskPages.NOTIFICATION;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The view "Customer Users ↔ Customers" (bundle relations-ui) in headless Chromium, on the demo data
 * (customers acme, globex, initech; users alice, bob, carol). Every test puts the relations it changes
 * back, and customers it creates have unique IDs, so the tests can run again on the same database.
 */
public class RelationsViewBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(HelpdeskServer.class);

    @BeforeClass
    public static void awaitShell() throws Exception {
        HelpdeskContainer.awaitAdminView("/admin/customer-relations", "relations-overview");
    }

    @Test
    public void adminRelatesAliceToGlobexAndBack() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/customer-relations", "admin", "admin");
            browser.awaitText(By.tagName("h2"), "Manage Customer User-Customer Relations");
            browser.awaitText(NAVIGATION, "Customer Users ↔ Customers");
            browser.awaitText(By.id("relations-overview"), "Customer Users (");
            browser.await(gridCellStartingWith("customer-users", "Alice"));
            browser.await(gridCellStartingWith("customers", "acme Acme"));
            browser.screenshot("relations-overview-en");

            browser.type("search", "alice");
            awaitTrue(() -> browser.currentPath().equals("/admin/customer-relations?search=alice"), "search in the URL");
            browser.awaitText(By.id("relations-overview"), "Customer Users (1)");
            browser.awaitText(By.id("relations-overview"), "Customers (0)");
            browser.await(gridCellStartingWith("customer-users", "Alice")).click();
            awaitTrue(() -> browser.currentPath().startsWith("/admin/customer-relations/user/alice"), "user page opens");
            browser.awaitText(By.tagName("h2"), "Change Customer Relations for Customer User");
            browser.awaitText(By.id("subject"), "alice@acme.example");

            // the primary is shown as such and cannot be changed here
            browser.await(checkbox("acme"));
            assertTrue(disabled(browser, "acme"));
            assertTrue(checked(browser, "acme"));
            browser.await(gridCellContaining("relations-grid", "primary, always included"));
            if (checked(browser, "globex")) {
                // left over from an aborted run: start from the demo data
                browser.await(checkbox("globex")).click();
                browser.await(By.id("save")).click();
                browser.awaitText(NOTIFICATION, "removed");
                browser.open("/admin/customer-relations/user/alice");
                browser.await(checkbox("globex"));
            }

            // Save stays, says what changed, and the state survives a reload
            browser.await(checkbox("globex")).click();
            browser.awaitText(By.id("pending"), "1 changed");
            browser.await(By.id("save")).click();
            browser.awaitText(NOTIFICATION, "1 added, 0 removed");
            assertTrue(browser.currentPath().startsWith("/admin/customer-relations/user/alice"));
            browser.awaitText(By.id("effective-access"), "globex");
            browser.awaitText(By.id("effective-access"), "relation");
            browser.open("/admin/customer-relations/user/alice");
            awaitTrue(() -> checked(browser, "globex"), "globex checked after reload");
            browser.awaitText(By.id("effective-access"), "acme — primary customer");
            browser.awaitText(By.id("company-tickets"), "Company tickets are visible");
            browser.screenshot("relations-user-en");
            // the relation counts at once for the one access decision: alice's company tickets now include T3
            assertTrue("alice sees T3 after the relation", aliceCompanyTickets().contains("T3"));

            // the customer's page shows alice related, carol with globex as primary
            browser.open("/admin/customer-relations/customer/globex");
            browser.awaitText(By.tagName("h2"), "Change Customer User Relations for Customer");
            browser.await(checkbox("alice"));
            assertTrue(checked(browser, "alice"));
            assertTrue(disabled(browser, "carol"));
            assertFalse(checked(browser, "bob"));
            browser.screenshot("relations-customer-en");

            // Cancel drops the change and returns to the overview
            browser.open("/admin/customer-relations/user/alice");
            browser.await(checkbox("initech")).click();
            browser.await(By.id("cancel")).click();
            awaitTrue(() -> browser.currentPath().equals("/admin/customer-relations"), "cancel returns to the overview");
            browser.open("/admin/customer-relations/user/alice");
            browser.await(checkbox("initech"));
            assertFalse("cancel discarded initech", checked(browser, "initech"));

            // Save and finish writes and returns to the overview
            browser.await(checkbox("globex")).click();
            browser.await(By.id("save-and-finish")).click();
            awaitTrue(() -> browser.currentPath().equals("/admin/customer-relations"), "save and finish returns");
            browser.awaitText(NOTIFICATION, "0 added, 1 removed");
            browser.open("/admin/customer-relations/user/alice");
            browser.await(checkbox("globex"));
            assertFalse("globex removed again", checked(browser, "globex"));
            assertFalse("T3 is gone at once", aliceCompanyTickets().contains("T3"));
        }
    }

    /** The ticket titles' first words ("T1", ...) in alice's "Company Tickets" of the customer portal. */
    private static List<String> aliceCompanyTickets() throws Exception {
        try (Browser portal = Browser.start("en-US")) {
            portal.open("/portal/login");
            HelpdeskPages.portalLogIn(portal, "alice", "alice");
            portal.awaitText(By.id("view-title"), "My Tickets");
            portal.await(By.id("nav-company-tickets")).click();
            portal.awaitText(By.id("view-title"), "Company Tickets");
            return HelpdeskPages.ticketTitles(portal).stream().map(title -> title.split(" ")[0]).toList();
        }
    }

    @Test
    public void selectAllRelatesExactlyTheFilteredRows() throws Exception {
        String prefix = "rel-it-" + Long.toString(System.nanoTime(), 36);
        List<String> ids = List.of(prefix + "-a", prefix + "-b", prefix + "-c");
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/customers", "admin", "admin");
            browser.awaitText(By.id("customers-view"), "Customers (");
            for (String id : ids) {
                HelpdeskPages.createCustomer(browser, id, "Select All Test " + id, id);
            }

            browser.open("/admin/customer-relations/user/bob?search=" + prefix);
            browser.await(checkbox(ids.get(0)));
            assertEquals(prefix, browser.value("search"));
            browser.await(By.id("select-all")).click();
            browser.awaitText(By.id("pending"), "All 3 entries matching „" + prefix + "“ will be related");
            awaitTrue(() -> ids.stream().allMatch(id -> checked(browser, id)), "all filtered rows checked");
            // a toggle after selecting all wins over it
            browser.await(checkbox(ids.get(2))).click();
            browser.awaitText(By.id("pending"), "1 changed");
            browser.await(By.id("save")).click();
            browser.awaitText(NOTIFICATION, "2 added, 0 removed");

            browser.open("/admin/customer-relations/user/bob");
            browser.await(checkbox("acme"));
            browser.open("/admin/customer-relations/user/bob?search=" + prefix);
            browser.await(checkbox(ids.get(0)));
            awaitTrue(() -> checked(browser, ids.get(0)) && checked(browser, ids.get(1)) && !checked(browser, ids.get(2)),
                    "exactly the filtered rows, less the toggled one");
            browser.open("/admin/customer-relations/user/bob?search=globex");
            browser.await(checkbox("globex"));
            assertFalse("rows outside the filter stay", checked(browser, "globex"));

            // clear them all again: the header checkbox on, then off
            browser.open("/admin/customer-relations/user/bob?search=" + prefix);
            browser.await(checkbox(ids.get(0)));
            browser.await(By.id("select-all")).click();
            browser.awaitText(By.id("pending"), "will be related");
            browser.await(By.id("select-all")).click();
            browser.awaitText(By.id("pending"), "will be unrelated");
            browser.await(By.id("save")).click();
            // the notification's wording is checked above; here the state that was saved
            awaitTrue(() -> browser.findAll(By.id("pending")).stream().noneMatch(p -> p.getText().contains("unrelated")),
                    "saved");
            browser.open("/admin/customer-relations/user/bob?search=" + prefix);
            browser.await(checkbox(ids.get(0)));
            awaitTrue(() -> ids.stream().noneMatch(id -> checked(browser, id)), "all filtered rows cleared");
            assertFalse(browser.await(By.id("effective-access")).getText().contains(prefix));
        }
    }

    @Test
    public void hostLinksLeadThereAndBackAndUnsavedChangesAsk() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/customer-relations", "admin", "admin");
            browser.await(By.id("relations-overview"));
            browser.open("/admin/customer-relations/user/carol?search=i");
            WebElement subject = browser.await(By.id("subject"));
            assertTrue(subject.getAttribute("href"), subject.getAttribute("href").endsWith(
                    "/admin/customer-users/edit/carol?return=%2Fadmin%2Fcustomer-relations%2Fuser%2Fcarol%3Fsearch%3Di"));
            browser.await(checkbox("initech")).click();
            subject.click();
            // the dialog (id confirm-leave) shows its buttons in an overlay; its host element has no size
            WebElement discard = browser.await(By.id("confirm-ok"));
            assertEquals("Discard", discard.getText().strip());
            discard.click();
            awaitTrue(() -> browser.currentPath().startsWith("/admin/customer-users/edit/carol"), "edit customer user opens");
            browser.awaitText(By.tagName("h2"), "Edit Customer User");
            browser.await(By.id("back")).click();
            awaitTrue(() -> browser.currentPath().equals("/admin/customer-relations/user/carol?search=i"), "back here");
            browser.await(checkbox("initech"));
            assertFalse("the discarded change was not saved", checked(browser, "initech"));
            // a row links to the host's Edit Customer with a way back
            WebElement row = browser.await(By.xpath("//vaadin-grid[@id='relations-grid']//a[starts-with(normalize-space(.), 'initech ')]"));
            assertTrue(row.getAttribute("href"), row.getAttribute("href").endsWith(
                    "/admin/customers/edit/initech?return=%2Fadmin%2Fcustomer-relations%2Fuser%2Fcarol%3Fsearch%3Di"));
        }
    }

    @Test
    public void germanBrowserGetsGermanLabels() throws Exception {
        try (Browser browser = Browser.start("de-DE")) {
            browser.openAndLogIn("/admin/customer-relations", "admin", "admin");
            browser.awaitText(By.tagName("h2"), "Kundenbenutzer ↔ Kunden-Beziehungen verwalten");
            browser.awaitText(NAVIGATION, "Kundenbenutzer ↔ Kunden");
            browser.awaitText(By.id("relations-overview"), "Kundenbenutzer (");
            browser.awaitText(By.id("relations-overview"), "Kunden (");
            browser.await(gridCellStartingWith("customers", "acme Acme"));
            browser.screenshot("relations-overview-de");

            browser.open("/admin/customer-relations/user/alice");
            browser.awaitText(By.tagName("h2"), "Kundenbeziehungen für Kundenbenutzer ändern");
            browser.await(checkbox("acme"));
            browser.await(gridCellContaining("relations-grid", "primär, immer enthalten"));
            browser.awaitText(By.id("save-and-finish"), "Speichern und abschließen");
            browser.awaitText(By.id("effective-access"), "Wirksame Kunden-IDs");
            browser.screenshot("relations-user-de");

            browser.open("/admin/customer-relations/customer/globex");
            browser.awaitText(By.tagName("h2"), "Kundenbenutzerbeziehungen für Kunde ändern");
            browser.await(checkbox("carol"));
            browser.awaitText(By.id("cancel"), "Abbrechen");
            browser.screenshot("relations-customer-de");
        }
    }

    @Test
    public void agentCannotOpenTheView() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/customer-relations", "agent", "agent");
            browser.awaitText(By.id("no-permission"), "No permission");
            assertTrue(browser.findAll(By.id("customer-users")).isEmpty());
            String navigation = browser.await(NAVIGATION).getText();
            assertFalse(navigation, navigation.contains("Customer Users ↔ Customers"));
            for (String path : List.of("/admin/customer-relations/user/alice", "/admin/customer-relations/customer/acme")) {
                browser.open(path);
                browser.awaitText(By.id("no-permission"), "No permission");
                assertTrue(path, browser.findAll(By.id("save")).isEmpty());
            }
        }
    }

    private static By checkbox(String row) {
        return By.cssSelector("#relations-grid vaadin-checkbox[data-row='" + row + "']");
    }

    private static boolean checked(Browser browser, String row) {
        return browser.isChecked(checkbox(row));
    }

    private static boolean disabled(Browser browser, String row) {
        return browser.isDisabled(checkbox(row));
    }
}
