package org.helpdesk.itests;

import static org.helpdesk.itests.Browser.notification;
import static org.helpdesk.itests.HelpdeskPages.NAVIGATION;
import static org.helpdesk.itests.HelpdeskPages.TICKETS;
import static org.helpdesk.itests.HelpdeskPages.portalLogIn;
import static org.helpdesk.itests.HelpdeskPages.ticketTitles;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The customer portal (bundle platform-portal) in headless Chromium with the demo data: alice's
 * tickets, Company Tickets and the switch CustomerDisableCompanyTicketAccess, languages, and the
 * separation of portal and admin sessions. Demo tickets are found by their titles ("T1 ...").
 */
public class PortalBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(HelpdeskServer.class);

    private static final String SETTING = "CustomerDisableCompanyTicketAccess";
    private static final By NAV_COMPANY = By.id("nav-company-tickets");

    @BeforeClass
    public static void awaitPortal() {
        HelpdeskContainer.awaitHttpOk("/portal/login", Duration.ofSeconds(180));
        HelpdeskContainer.awaitHttpOk("/admin/login", Duration.ofSeconds(60));
    }

    @Test
    public void aliceSeesHerTicketsAndHerCompanysTickets() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.open("/portal/my-tickets");
            browser.awaitText(By.id("login-view"), "Log in");
            assertTrue(browser.currentPath().startsWith("/portal/login?next="));
            browser.screenshot("portal-login-en");
            portalLogIn(browser, "alice", "wrong");
            browser.awaitText(By.id("login-error"), "Login failed");
            portalLogIn(browser, "alice", "alice");

            browser.awaitText(By.id("view-title"), "My Tickets");
            assertEquals("/portal/my-tickets", browser.currentPath());
            List<String> mine = ticketTitles(browser);
            assertTrue(mine.toString(), has(mine, "T1") && has(mine, "T5"));
            assertFalse(mine.toString(), has(mine, "T2") || has(mine, "T3"));
            assertTrue(browser.await(By.id("ticket-count")).getText().matches("Tickets 1–\\d+ of \\d+"));
            browser.screenshot("portal-my-tickets-en");

            browser.await(NAV_COMPANY).click();
            browser.awaitText(By.id("view-title"), "Company Tickets");
            List<String> company = ticketTitles(browser);
            assertTrue(company.toString(), has(company, "T1") && has(company, "T2"));
            assertFalse(company.toString(), has(company, "T3"));
            browser.screenshot("portal-company-tickets-en");

            String t2 = number(browser, "T2");
            WebElement filter = browser.await(By.id("filter"));
            filter.sendKeys("T2");
            browser.await(By.id("apply")).click();
            for (int i = 0; i < 100 && !browser.currentPath().contains("filter=T2"); i++) {
                Thread.sleep(100);
            }
            assertEquals("T2", browser.await(By.id("filter")).getDomProperty("value"));
            List<String> filtered = ticketTitles(browser);
            assertTrue(filtered.toString(), has(filtered, "T2") && !has(filtered, "T1"));

            // typing a number in the header opens the ticket
            browser.await(By.id("open-number")).sendKeys(t2, Keys.ENTER);
            browser.awaitText(By.id("ticket-title"), "Ticket " + t2);
            assertEquals("/portal/tickets/" + t2, browser.currentPath());
            browser.awaitText(By.id("ticket-customer"), "acme");
            browser.screenshot("portal-ticket-en");

            browser.open("/portal/tickets/no-such-ticket-" + System.nanoTime());
            browser.awaitText(By.id("not-found"), "No such ticket");
            browser.screenshot("portal-not-found-en");
        }
    }

    @Test
    public void carolCannotOpenAlicesTicketsByUrl() throws Exception {
        String t1;
        try (Browser alice = Browser.start("en-US")) {
            alice.open("/portal/login");
            portalLogIn(alice, "alice", "alice");
            alice.awaitText(By.id("view-title"), "My Tickets");
            t1 = number(alice, "T1");
        }
        try (Browser carol = Browser.start("en-US")) {
            carol.open("/portal/login");
            portalLogIn(carol, "carol", "carol");
            carol.awaitText(By.id("view-title"), "My Tickets");
            List<String> mine = ticketTitles(carol);
            assertTrue(mine.toString(), has(mine, "T3") && !has(mine, "T1"));
            carol.open("/portal/tickets/" + t1);
            carol.awaitText(By.id("not-found"), "No such ticket");
        }
    }

    @Test
    public void withCompanyTicketAccessDisabledOnlyOwnTicketsRemain() throws Exception {
        try (Browser admin = Browser.start("en-US"); Browser portal = Browser.start("en-US")) {
            portal.open("/portal/login");
            portalLogIn(portal, "alice", "alice");
            portal.await(NAV_COMPANY).click();
            portal.awaitText(By.id("view-title"), "Company Tickets");
            String t2 = number(portal, "T2");

            admin.openAndLogIn("/admin/system-configuration", "admin", "admin");
            admin.awaitText(By.id("system-configuration-title"), "System Configuration");
            setCompanyTicketAccessDisabled(admin, true);
            try {
                // ConfigAdmin delivers the change asynchronously: reload until the portal sees it
                awaitAfterReload(portal, "/portal/my-tickets", () -> portal.findAll(NAV_COMPANY).isEmpty());
                portal.awaitText(By.id("view-title"), "My Tickets");
                List<String> mine = ticketTitles(portal);
                assertTrue(mine.toString(), has(mine, "T1") && has(mine, "T5"));
                portal.screenshot("portal-my-tickets-company-disabled-en");

                portal.open("/portal/company-tickets");
                portal.awaitText(By.id("no-permission"), "No permission");
                assertTrue(portal.findAll(TICKETS).isEmpty());
                portal.screenshot("portal-no-permission-en");

                portal.open("/portal/tickets/" + t2);
                portal.awaitText(By.id("not-found"), "No such ticket");
            } finally {
                setCompanyTicketAccessDisabled(admin, false);
            }
            awaitAfterReload(portal, "/portal/my-tickets", () -> !portal.findAll(NAV_COMPANY).isEmpty());
            portal.open("/portal/company-tickets");
            portal.awaitText(By.id("view-title"), "Company Tickets");
            portal.open("/portal/tickets/" + t2);
            portal.awaitText(By.id("ticket-title"), t2);
        }
    }

    /** Rule R4 set up in the admin views, seen in the portal: only alice, related to acme, sees acme's tickets. */
    @Test
    public void privilegeSeparationHidesTheCompanysTicketsFromBob() throws Exception {
        String exclude = "CustomerUserExcludePrimaryCustomerID";
        try (Browser admin = Browser.start("en-US"); Browser alice = Browser.start("en-US");
                Browser bob = Browser.start("en-US")) {
            bob.open("/portal/login");
            portalLogIn(bob, "bob", "bob");
            bob.await(NAV_COMPANY).click();
            bob.awaitText(By.id("view-title"), "Company Tickets");
            String t1 = number(bob, "T1");

            admin.openAndLogIn("/admin/system-configuration", "admin", "admin");
            admin.awaitText(By.id("system-configuration-title"), "System Configuration");
            try {
                setCompanyTicketAccessDisabled(admin, true);
                setSetting(admin, exclude, true);
                relateAliceToAcme(admin, true);
                setCompanyTicketAccessDisabled(admin, false);

                alice.open("/portal/login");
                portalLogIn(alice, "alice", "alice");
                awaitTrue(() -> has(companyTitlesNow(alice), "T2"), "alice sees acme's tickets through the relation");
                List<String> company = ticketTitles(alice);
                assertTrue(company.toString(), has(company, "T1") && has(company, "T2") && !has(company, "T3"));

                bob.open("/portal/my-tickets");
                bob.awaitText(By.id("view-title"), "My Tickets");
                List<String> mine = ticketTitles(bob);
                assertTrue(mine.toString(), has(mine, "T2") && !has(mine, "T1"));
                bob.open("/portal/company-tickets");
                bob.awaitText(By.id("view-title"), "Company Tickets");
                List<String> bobsCompany = bob.findAll(By.cssSelector("#tickets tbody td.title")).stream()
                        .map(WebElement::getText).toList();
                assertFalse(bobsCompany.toString(), has(bobsCompany, "T1"));
                bob.open("/portal/tickets/" + t1);
                bob.awaitText(By.id("not-found"), "No such ticket");
                bob.screenshot("portal-r4-bob-en");
            } finally {
                setCompanyTicketAccessDisabled(admin, true);
                relateAliceToAcme(admin, false);
                setSetting(admin, exclude, false);
                setCompanyTicketAccessDisabled(admin, false);
            }
            // back to the defaults: bob sees acme's tickets again through his primary customer
            awaitTrue(() -> has(companyTitlesNow(bob), "T1"), "bob sees acme's tickets again");
        }
    }

    @Test
    public void germanBrowserGetsTheGermanPortalAndTheSwitchIsRemembered() throws Exception {
        try (Browser browser = Browser.start("de-DE")) {
            browser.open("/portal/login");
            browser.awaitText(By.id("login-view"), "Anmelden");
            browser.screenshot("portal-login-de");
            portalLogIn(browser, "alice", "alice");
            browser.awaitText(By.id("view-title"), "Meine Tickets");
            browser.awaitText(By.id("ticket-count"), " von ");
            browser.screenshot("portal-my-tickets-de");
            browser.await(NAV_COMPANY).click();
            browser.awaitText(By.id("view-title"), "Firmen-Tickets");
            browser.screenshot("portal-company-tickets-de");

            browser.await(By.id("lang-en")).click();
            browser.awaitText(By.id("view-title"), "Company Tickets");
            assertEquals("/portal/company-tickets", browser.currentPath());
            browser.open("/portal/my-tickets");
            browser.awaitText(By.id("view-title"), "My Tickets");
            browser.await(By.id("lang-de")).click();
            browser.awaitText(By.id("view-title"), "Meine Tickets");
        }
    }

    @Test
    public void portalAndAdminSessionsAreSeparate() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/login", "admin", "admin");
            browser.await(NAVIGATION);
            browser.open("/portal/my-tickets");
            browser.await(By.id("username"));
            assertTrue(browser.findAll(By.id("logout")).isEmpty());
            assertTrue(browser.findAll(TICKETS).isEmpty());
        }
        try (Browser browser = Browser.start("en-US")) {
            browser.open("/portal/login");
            portalLogIn(browser, "alice", "alice");
            browser.awaitText(By.id("view-title"), "My Tickets");
            browser.open("/admin/customers");
            browser.await(By.tagName("vaadin-login-form"));
            assertTrue(browser.findAll(By.id("customers-view")).isEmpty());

            browser.open("/portal/my-tickets");
            browser.awaitText(By.id("view-title"), "My Tickets");
            browser.await(By.id("logout")).click();
            browser.await(By.id("username"));
            browser.open("/portal/my-tickets");
            browser.await(By.id("username"));
            assertTrue(browser.currentPath().startsWith("/portal/login"));
        }
    }

    // "T1" must not also match "T10 ..."
    private static boolean has(List<String> titles, String prefix) {
        return titles.stream().anyMatch(title -> title.equals(prefix) || title.startsWith(prefix + " "));
    }

    private static String number(Browser browser, String prefix) {
        browser.await(TICKETS);
        Optional<String> number = browser.findAll(By.cssSelector("#tickets tbody tr")).stream()
                .filter(row -> {
                    String title = row.findElement(By.cssSelector("td.title")).getText();
                    return title.equals(prefix) || title.startsWith(prefix + " ");
                })
                .map(row -> row.getDomAttribute("data-number")).findFirst();
        return number.orElseThrow(() -> new AssertionError("no ticket " + prefix + " in " + ticketTitles(browser)));
    }

    /** Changes the setting as an admin would, in System Configuration. */
    private static void setCompanyTicketAccessDisabled(Browser admin, boolean disabled) throws InterruptedException {
        setSetting(admin, SETTING, disabled);
    }

    private static void setSetting(Browser admin, String setting, boolean value) throws InterruptedException {
        admin.open("/admin/system-configuration");
        admin.awaitText(By.id("system-configuration-title"), "System Configuration");
        By checkbox = By.id("setting-" + setting);
        admin.replace("search", setting);
        for (int i = 0; i < 100 && !admin.await(By.id("settings-count")).getText().startsWith("1 of "); i++) {
            Thread.sleep(100);
        }
        if (admin.isChecked(checkbox) != value) {
            admin.await(checkbox).click();
        }
        assertEquals(value, admin.isChecked(checkbox));
        admin.await(By.id("save-" + setting)).click();
        admin.await(notification(setting + " saved."));
    }

    /** Ticks or clears acme on alice's page of "Customer Users ↔ Customers" and saves. */
    private static void relateAliceToAcme(Browser admin, boolean related) {
        admin.open("/admin/customer-relations/user/alice");
        By acme = By.cssSelector("#relations-grid vaadin-checkbox[data-row='acme']");
        awaitTrue(() -> !admin.isDisabled(acme), "acme selectable once the backend excludes the primary");
        if (admin.isChecked(acme) != related) {
            admin.await(acme).click();
            admin.await(By.id("save")).click();
            admin.await(notification(related ? "1 added" : "1 removed"));
        }
    }

    /** Opens Company Tickets and returns the titles shown, none while the page answers "no permission". */
    private static List<String> companyTitlesNow(Browser browser) {
        browser.open("/portal/company-tickets");
        browser.await(By.cssSelector("#view-title, #no-permission"));
        return browser.findAll(By.cssSelector("#tickets tbody td.title")).stream().map(WebElement::getText).toList();
    }

    /** Up to 300 tries, 200 ms apart: some checks load a page each time. */
    private static void awaitTrue(BooleanSupplier condition, String what) {
        Browser.awaitTrue(condition, what, 300);
    }

    private static void awaitAfterReload(Browser browser, String path, BooleanSupplier condition)
            throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            browser.open(path);
            browser.await(By.id("view-title"));
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the portal did not follow the setting at " + path);
    }
}
