package org.helpdesk.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The directory views Customers and Customer Users (bundle platform-directory-ui) in headless
 * Chromium: create, search, edit, the back link and access. Records get unique names, so the test
 * can run again against the same database.
 */
public class DirectoryViewsBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(HelpdeskServer.class);

    private static final By NAVIGATION = By.id("navigation");
    private static final By NOTIFICATION = By.tagName("vaadin-notification-card");

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
            browser.open("/admin/customers");
            browser.login("admin", "admin");
            browser.awaitText(By.id("customers-view"), "Customers (");
            browser.awaitText(NAVIGATION, "Customer Users");
            browser.screenshot("customers-en");

            createCustomer(browser, first, "First Test Corp " + suffix, "created");
            createCustomer(browser, second, "Second Test Corp " + suffix, "created");
            search(browser, first);
            browser.awaitText(By.id("customers-view"), "Customers (1)");
            // the count is exact; the grid may keep stale cells of its row pool hidden, so only look for the row
            browser.await(cell("customers-grid", first));
            browser.screenshot("customers-search-en");

            // the same ID again is refused at the field, naming the value
            createCustomer(browser, first.toUpperCase(), "Duplicate", null);
            browser.awaitText(By.id("customer-id"), first.toUpperCase());
            browser.screenshot("new-customer-duplicate-en");
            browser.await(By.id("cancel")).click();

            browser.open("/admin/customer-users");
            browser.awaitText(By.id("customer-users-view"), "Customer Users (");
            browser.await(By.id("new-customer-user")).click();
            type(browser, "login", login);
            type(browser, "first-name", "Ida");
            type(browser, "last-name", "Test");
            type(browser, "email", login + "@example.org");
            pickPrimaryCustomer(browser, first);
            type(browser, "password", "secret-" + suffix);
            browser.screenshot("new-customer-user-en");
            browser.await(By.id("create")).click();
            browser.awaitText(NOTIFICATION, "created");

            search(browser, login);
            browser.awaitText(By.id("customer-users-view"), "Customer Users (1)");
            browser.await(cell("customer-users-grid", first));
            browser.screenshot("customer-users-search-en");

            browser.await(cell("customer-users-grid", login)).click();
            awaitTrue(() -> browser.currentPath().equals("/admin/customer-users/edit/" + login), "edit page opens");
            browser.awaitText(By.tagName("h2"), "Edit Customer User");
            assertEquals(login, value(browser, "login"));
            pickPrimaryCustomer(browser, second);
            browser.await(By.id("save")).click();
            browser.awaitText(NOTIFICATION, "saved");
            browser.screenshot("customer-user-edit-en");

            browser.open("/admin/customer-users/edit/" + login);
            awaitTrue(() -> value(browser, "primary-customer").startsWith(second), "primary customer after reload");
            assertTrue(title(browser).contains("Edit Customer User"));
        }
    }

    @Test
    public void backLinkLeadsOnlyIntoTheAdminShell() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.open("/admin/customers/edit/acme?return=%2Fadmin%2Fcustomer-relations%2Fuser%2Falice%3Fsearch%3Dx");
            browser.login("admin", "admin");
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
            browser.open("/admin/customers");
            browser.login("admin", "admin");
            browser.awaitText(NAVIGATION, "Kundenbenutzer");
            List<String> entries = browser.findAll(By.tagName("vaadin-side-nav-item")).stream()
                    .map(WebElement::getText).map(String::strip).toList();
            assertTrue(entries.toString(), entries.containsAll(List.of("Kunden", "Kundenbenutzer")));
            browser.awaitText(By.id("customers-view"), "Kunden (");
            browser.awaitText(By.id("new-customer"), "Neuer Kunde");
            browser.await(By.id("new-customer")).click();
            type(browser, "customer-id", id);
            type(browser, "customer-name", "Deutsche Test GmbH");
            browser.await(By.id("create")).click();
            browser.awaitText(NOTIFICATION, "angelegt");
            browser.screenshot("customers-de");

            browser.open("/admin/customers/edit/" + id);
            browser.awaitText(By.tagName("h2"), "Kunde bearbeiten");
            assertTrue(title(browser), title(browser).startsWith("Kunde bearbeiten"));
            browser.screenshot("customer-edit-de");

            browser.open("/admin/customer-users");
            browser.awaitText(By.id("customer-users-view"), "Kundenbenutzer (");
            browser.screenshot("customer-users-de");
        }
    }

    @Test
    public void agentHasNoPermission() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.open("/admin/customers");
            browser.login("agent", "agent");
            browser.awaitText(By.id("no-permission"), "No permission");
            assertTrue(browser.findAll(By.id("customers-grid")).isEmpty());
            String navigation = browser.await(NAVIGATION).getText();
            assertFalse(navigation, navigation.contains("Customers"));

            browser.open("/admin/customer-users/edit/alice");
            browser.awaitText(By.id("no-permission"), "No permission");
            assertTrue(browser.findAll(By.id("save")).isEmpty());
        }
    }

    /** Opens the New Customer dialog and creates; waits for a notification containing {@code expect}, if given. */
    private static void createCustomer(Browser browser, String id, String name, String expect) {
        browser.await(By.id("new-customer")).click();
        type(browser, "customer-id", id);
        type(browser, "customer-name", name);
        browser.await(By.id("create")).click();
        if (expect != null) {
            browser.awaitText(NOTIFICATION, expect);
            awaitTrue(() -> browser.findAll(By.id("customer-id")).isEmpty(), "dialog closes");
        } else {
            awaitTrue(() -> "true".equals(String.valueOf(
                    browser.script("return document.getElementById('customer-id').invalid"))), "error at the ID");
        }
    }

    private static void search(Browser browser, String text) {
        WebElement search = browser.await(By.cssSelector("#search input"));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.await(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** Types the customer ID into the lazy combo box and clicks the item it finds. */
    private static void pickPrimaryCustomer(Browser browser, String customerId) {
        type(browser, "primary-customer", customerId);
        browser.await(By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), '" + customerId + " ')]"))
                .click();
        awaitTrue(() -> value(browser, "primary-customer").startsWith(customerId + " "), "customer picked");
    }

    private static String value(Browser browser, String id) {
        return browser.await(By.cssSelector("#" + id + " input")).getDomProperty("value");
    }

    private static String title(Browser browser) {
        return String.valueOf(browser.script("return document.title"));
    }

    private static By cell(String gridId, String text) {
        return By.xpath("//vaadin-grid[@id='" + gridId + "']/vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    }

    private static void awaitTrue(Supplier<Boolean> condition, String what) {
        Instant end = Instant.now().plusSeconds(30);
        while (!condition.get()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Timed out waiting: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
