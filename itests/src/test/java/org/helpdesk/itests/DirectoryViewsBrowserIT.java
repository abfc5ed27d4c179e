package org.helpdesk.itests;

import static org.helpdesk.itests.Browser.awaitTrue;
import static org.helpdesk.itests.Browser.gridCell;
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
 * The directory views Customers and Customer Users (bundle platform-directory-ui) in headless
 * Chromium: create, search, edit, the back link and access. Records get unique names, so the test
 * can run again against the same database.
 */
public class DirectoryViewsBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(HelpdeskServer.class);

    @BeforeClass
    public static void awaitShell() throws Exception {
        HelpdeskContainer.awaitAdminView("/admin/customers", "customers-view");
    }

    @Test
    public void adminCreatesFindsAndEditsCustomersAndCustomerUsers() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String first = "it-first-" + suffix;
        String second = "it-second-" + suffix;
        String login = "it-user-" + suffix;
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/customers", "admin", "admin");
            browser.awaitText(By.id("customers-view"), "Customers (");
            browser.awaitText(NAVIGATION, "Customer Users");
            browser.screenshot("customers-en");

            HelpdeskPages.createCustomer(browser, first, "First Test Corp " + suffix, "created");
            HelpdeskPages.createCustomer(browser, second, "Second Test Corp " + suffix, "created");
            browser.type("search", first);
            browser.awaitText(By.id("customers-view"), "Customers (1)");
            // the count is exact; the grid may keep stale cells of its row pool hidden, so only look for the row
            browser.await(gridCell("customers-grid", first));
            browser.screenshot("customers-search-en");

            // the same ID again is refused at the field, naming the value
            HelpdeskPages.submitNewCustomer(browser, first.toUpperCase(), "Duplicate");
            awaitTrue(() -> "true".equals(String.valueOf(
                    browser.script("return document.getElementById('customer-id').invalid"))), "error at the ID");
            browser.awaitText(By.id("customer-id"), first.toUpperCase());
            browser.screenshot("new-customer-duplicate-en");
            browser.await(By.id("cancel")).click();

            browser.open("/admin/customer-users");
            browser.awaitText(By.id("customer-users-view"), "Customer Users (");
            browser.await(By.id("new-customer-user")).click();
            browser.type("login", login);
            browser.type("first-name", "Ida");
            browser.type("last-name", "Test");
            browser.type("email", login + "@example.org");
            pickPrimaryCustomer(browser, first);
            browser.type("password", "secret-" + suffix);
            browser.screenshot("new-customer-user-en");
            browser.await(By.id("create")).click();
            browser.awaitText(NOTIFICATION, "created");

            browser.type("search", login);
            browser.awaitText(By.id("customer-users-view"), "Customer Users (1)");
            browser.await(gridCell("customer-users-grid", first));
            browser.screenshot("customer-users-search-en");

            browser.await(gridCell("customer-users-grid", login)).click();
            awaitTrue(() -> browser.currentPath().equals("/admin/customer-users/edit/" + login), "edit page opens");
            browser.awaitText(By.tagName("h2"), "Edit Customer User");
            assertEquals(login, browser.value("login"));
            pickPrimaryCustomer(browser, second);
            browser.await(By.id("save")).click();
            browser.awaitText(NOTIFICATION, "saved");
            browser.screenshot("customer-user-edit-en");

            browser.open("/admin/customer-users/edit/" + login);
            awaitTrue(() -> browser.value("primary-customer").startsWith(second), "primary customer after reload");
            assertTrue(browser.title().contains("Edit Customer User"));
        }
    }

    @Test
    public void backLinkLeadsOnlyIntoTheAdminShell() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/customers/edit/acme?return=%2Fadmin%2Fcustomer-relations%2Fuser%2Falice%3Fsearch%3Dx",
                    "admin", "admin");
            WebElement back = browser.await(By.id("back"));
            assertTrue(back.getAttribute("href"),
                    back.getAttribute("href").endsWith("/admin/customer-relations/user/alice?search=x"));
            browser.screenshot("customer-edit-en");

            browser.open("/admin/customers/edit/acme?return=https%3A%2F%2Fevil.example%2Fadmin%2F");
            back = browser.await(By.id("back"));
            assertTrue(back.getAttribute("href"), back.getAttribute("href").endsWith("/admin/customers"));

            browser.open("/admin/customer-users/edit/no-such-user-" + System.nanoTime());
            browser.awaitText(By.id("not-found"), "There is no customer user");
            back = browser.await(By.id("back"));
            assertTrue(back.getAttribute("href"), back.getAttribute("href").endsWith("/admin/customer-users"));
        }
    }

    @Test
    public void germanBrowserGetsGermanViews() throws Exception {
        String id = "it-de-" + Long.toString(System.nanoTime(), 36);
        try (Browser browser = Browser.start("de-DE")) {
            browser.openAndLogIn("/admin/customers", "admin", "admin");
            browser.awaitText(NAVIGATION, "Kundenbenutzer");
            List<String> entries = browser.findAll(By.tagName("vaadin-side-nav-item")).stream()
                    .map(WebElement::getText).map(String::strip).toList();
            assertTrue(entries.toString(), entries.containsAll(List.of("Kunden", "Kundenbenutzer")));
            browser.awaitText(By.id("customers-view"), "Kunden (");
            browser.awaitText(By.id("new-customer"), "Neuer Kunde");
            HelpdeskPages.submitNewCustomer(browser, id, "Deutsche Test GmbH");
            browser.awaitText(NOTIFICATION, "angelegt");
            browser.screenshot("customers-de");

            browser.open("/admin/customers/edit/" + id);
            browser.awaitText(By.tagName("h2"), "Kunde bearbeiten");
            assertTrue(browser.title(), browser.title().startsWith("Kunde bearbeiten"));
            browser.screenshot("customer-edit-de");

            browser.open("/admin/customer-users");
            browser.awaitText(By.id("customer-users-view"), "Kundenbenutzer (");
            browser.screenshot("customer-users-de");
        }
    }

    @Test
    public void agentHasNoPermission() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/customers", "agent", "agent");
            browser.awaitText(By.id("no-permission"), "No permission");
            assertTrue(browser.findAll(By.id("customers-grid")).isEmpty());
            String navigation = browser.await(NAVIGATION).getText();
            assertFalse(navigation, navigation.contains("Customers"));

            browser.open("/admin/customer-users/edit/alice");
            browser.awaitText(By.id("no-permission"), "No permission");
            assertTrue(browser.findAll(By.id("save")).isEmpty());
        }
    }

    /** Types the customer ID into the lazy combo box and clicks the item it finds. */
    private static void pickPrimaryCustomer(Browser browser, String customerId) {
        browser.type("primary-customer", customerId);
        browser.await(By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), '" + customerId + " ')]"))
                .click();
        awaitTrue(() -> browser.value("primary-customer").startsWith(customerId + " "), "customer picked");
    }
}
