package org.helpdesk.itests;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What several browser tests find and do on the admin shell's and the portal's pages. */
final class HelpdeskPages {

    /** The admin shell's side navigation. */
    static final By NAVIGATION = By.id("navigation");
    /** The admin shell's notifications, e.g. after a save. */
    static final By NOTIFICATION = By.tagName("vaadin-notification-card");
    /** The portal's list of tickets. */
    static final By TICKETS = By.id("tickets");

    private HelpdeskPages() {
    }

    /** On the Customers view: opens New Customer, fills it in and clicks Create. */
    static void submitNewCustomer(Browser browser, String id, String name) {
        browser.await(By.id("new-customer")).click();
        browser.type("customer-id", id);
        browser.type("customer-name", name);
        browser.await(By.id("create")).click();
    }

    /** Creates a customer on the Customers view; waits for a notification containing {@code expect} and the dialog to close. */
    static void createCustomer(Browser browser, String id, String name, String expect) {
        submitNewCustomer(browser, id, name);
        browser.awaitText(NOTIFICATION, expect);
        Browser.awaitTrue(() -> browser.findAll(By.id("customer-id")).isEmpty(), "dialog closes");
    }

    /** Logs in on the portal's login page, which must be open. */
    static void portalLogIn(Browser browser, String user, String password) {
        WebElement name = browser.await(By.id("username"));
        name.clear();
        name.sendKeys(user);
        WebElement pass = browser.await(By.id("password"));
        pass.clear();
        pass.sendKeys(password);
        browser.await(By.id("login")).click();
    }

    /** @return the titles of the tickets the portal lists now, e.g. "T1 Printer broken" */
    static List<String> ticketTitles(Browser browser) {
        browser.await(TICKETS);
        return browser.findAll(By.cssSelector("#tickets tbody td.title")).stream().map(WebElement::getText).toList();
    }
}
