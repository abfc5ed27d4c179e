package org.helpdesk.itests;

import static org.helpdesk.itests.HelpdeskPages.NAVIGATION;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.openqa.selenium.By;

/** The admin web shell in headless Chromium, against the assembly booted by Pax Exam. */
public class AdminShellBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(HelpdeskServer.class);

    @BeforeClass
    public static void awaitShell() {
        HelpdeskContainer.awaitHttpOk("/admin/login", Duration.ofSeconds(180));
    }

    @Test
    public void adminSeesTheNavigationGroupsAndSwitchesToGerman() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.open("/admin/");
            browser.await(By.tagName("vaadin-login-form"));
            assertTrue(browser.currentPath().startsWith("/admin/login"));
            browser.screenshot("login-en");
            browser.login("admin", "admin");

            browser.awaitText(NAVIGATION, "Users, Groups & Roles");
            String navigation = browser.await(NAVIGATION).getText();
            assertTrue(navigation, navigation.contains("Tickets"));
            assertTrue(navigation, navigation.contains("System"));
            browser.awaitText(By.id("start-view"), "Welcome, admin");
            browser.screenshot("shell-en");

            browser.select("language", "Deutsch");
            browser.awaitText(NAVIGATION, "Benutzer, Gruppen & Rollen");
            browser.awaitText(By.id("logout"), "Abmelden");
            browser.screenshot("shell-de");

            // the choice sticks for the session
            browser.open("/admin/");
            browser.awaitText(NAVIGATION, "Benutzer, Gruppen & Rollen");

            browser.await(By.id("logout")).click();
            browser.await(By.tagName("vaadin-login-form"));
            browser.open("/admin/");
            browser.await(By.tagName("vaadin-login-form"));
            assertTrue(browser.currentPath().startsWith("/admin/login"));
        }
    }

    @Test
    public void wrongPasswordIsRefused() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/login", "admin", "wrong");
            browser.awaitText(By.tagName("vaadin-login-form"), "Incorrect username or password");
            assertTrue(browser.findAll(NAVIGATION).isEmpty());
        }
    }

    @Test
    public void agentHasNoAdminView() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/", "agent", "agent");
            browser.awaitText(By.id("no-permission"), "No permission");
            String navigation = browser.await(NAVIGATION).getText();
            assertFalse(navigation, navigation.contains("Customer"));
            assertEquals(0, browser.findAll(By.tagName("vaadin-side-nav-item")).size());
            browser.screenshot("agent-no-permission");
        }
    }

    @Test
    public void germanBrowserGetsGermanLabels() throws Exception {
        try (Browser browser = Browser.start("de-DE")) {
            browser.open("/admin/");
            browser.awaitText(By.tagName("vaadin-login-form"), "Anmelden");
            browser.screenshot("login-de");
            browser.login("admin", "admin");
            browser.awaitText(NAVIGATION, "Benutzer, Gruppen & Rollen");
            browser.awaitText(By.id("start-view"), "Willkommen, admin");
        }
    }

    @Test
    public void everythingListensOnLoopbackOnly() throws Exception {
        Set<Integer> ports = Set.of(HelpdeskContainer.HTTP_PORT, HelpdeskContainer.SSH_PORT,
                HelpdeskContainer.RMI_REGISTRY_PORT, HelpdeskContainer.RMI_SERVER_PORT);
        assertTrue(Listeners.nonLoopback(ports).toString(), Listeners.nonLoopback(ports).isEmpty());
    }
}
