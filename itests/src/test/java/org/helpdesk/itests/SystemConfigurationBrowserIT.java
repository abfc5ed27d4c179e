package org.helpdesk.itests;

import static org.helpdesk.itests.Browser.notification;
import static org.helpdesk.itests.HelpdeskPages.NAVIGATION;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The System Configuration view (bundle platform-settings) in headless Chromium. */
public class SystemConfigurationBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(HelpdeskServer.class);

    private static final String PATH = "/admin/system-configuration";
    private static final String SETTING = "CustomerDisableCompanyTicketAccess";
    private static final By TITLE = By.id("system-configuration-title");
    private static final By COUNT = By.id("settings-count");
    private static final By CHECKBOX = By.id("setting-" + SETTING);

    @BeforeClass
    public static void awaitShell() throws Exception {
        HelpdeskContainer.awaitAdminView("/admin/system-configuration", "system-configuration");
    }

    @Test
    public void adminFindsASettingByItsName() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn(PATH, "admin", "admin");
            browser.awaitText(TITLE, "System Configuration");
            browser.awaitText(NAVIGATION, "System Configuration");
            browser.screenshot("system-configuration-en");

            browser.replace("search", SETTING);
            awaitCount(browser, "1 of ");
            assertEquals(1, displayed(browser, By.cssSelector("[id^='save-']")));
            browser.await(CHECKBOX);
            browser.await(By.id("save-" + SETTING));
            browser.screenshot("system-configuration-search");

            browser.replace("search", "customerdisable");
            awaitCount(browser, "1 of ");
            browser.replace("search", "NoSuchSettingAnywhere");
            awaitCount(browser, "0 of ");
        }
    }

    @Test
    public void aSavedSettingIsStillThereAfterAReload() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn(PATH, "admin", "admin");
            browser.replace("search", SETTING);
            awaitCount(browser, "1 of ");
            assertEquals(false, browser.isChecked(CHECKBOX));

            browser.await(CHECKBOX).click();
            assertEquals(true, browser.isChecked(CHECKBOX));
            browser.await(By.id("save-" + SETTING)).click();
            browser.await(notification(SETTING + " saved."));
            assertEquals(true, browser.isChecked(CHECKBOX));
            browser.screenshot("system-configuration-saved");

            // Karaf writes the change back to the configuration's file, so it outlives even a clean restart.
            awaitFileContains(etcFile("org.helpdesk.platform.tickets.cfg"),
                    Pattern.compile("CustomerDisableCompanyTicketAccess\\s*=\\s*(B\")?true"));

            browser.open(PATH);
            browser.awaitText(TITLE, "System Configuration");
            browser.replace("search", SETTING);
            awaitCount(browser, "1 of ");
            assertEquals(true, browser.isChecked(CHECKBOX));

            // back to the default, so the test can run again
            browser.await(CHECKBOX).click();
            browser.await(By.id("save-" + SETTING)).click();
            browser.await(notification(SETTING + " saved."));
            browser.open(PATH);
            browser.replace("search", SETTING);
            awaitCount(browser, "1 of ");
            assertEquals(false, browser.isChecked(CHECKBOX));
        }
    }

    @Test
    public void anEmptyRealmIsRefusedAndNothingIsWritten() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn(PATH, "admin", "admin");
            browser.replace("search", "realm");
            awaitCount(browser, "1 of ");
            WebElement realm = browser.await(By.cssSelector("#setting-realm input"));
            realm.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            browser.await(By.id("save-realm")).click();
            browser.await(notification("realm was not saved: Enter a value."));
            browser.awaitText(By.cssSelector("#setting-realm [slot='error-message']"), "Enter a value.");
            browser.screenshot("system-configuration-invalid");

            browser.open(PATH);
            browser.replace("search", "realm");
            awaitCount(browser, "1 of ");
            assertEquals("karaf", browser.value("setting-realm"));
        }
    }

    @Test
    public void germanBrowserGetsTheGermanView() throws Exception {
        try (Browser browser = Browser.start("de-DE")) {
            browser.openAndLogIn(PATH, "admin", "admin");
            browser.awaitText(TITLE, "Systemkonfiguration");
            browser.awaitText(NAVIGATION, "Systemkonfiguration");
            browser.replace("search", SETTING);
            awaitCount(browser, "1 von ");
            browser.awaitText(By.id("save-" + SETTING), "Speichern");
            browser.screenshot("system-configuration-de");
        }
    }

    @Test
    public void agentHasNoPermission() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn(PATH, "agent", "agent");
            browser.awaitText(By.id("no-permission"), "No permission");
            assertTrue(browser.findAll(TITLE).isEmpty());
            browser.screenshot("system-configuration-agent");
        }
    }

    // "1 of 11 settings" contains "1 of " as well as "11 of 11 settings" does, so compare the start.
    private static void awaitCount(Browser browser, String start) throws InterruptedException {
        String text = "";
        for (int i = 0; i < 100 && !text.startsWith(start); i++) {
            Thread.sleep(100);
            text = browser.await(COUNT).getText();
        }
        assertTrue("settings count: " + text, text.startsWith(start));
    }

    // Karaf writes configuration files after ConfigAdmin's asynchronous change event.
    private static void awaitFileContains(Path file, Pattern pattern) throws IOException, InterruptedException {
        String content = Files.readString(file);
        for (int i = 0; i < 100 && !pattern.matcher(content).find(); i++) {
            Thread.sleep(100);
            content = Files.readString(file);
        }
        assertTrue(file + ":\n" + content, pattern.matcher(content).find());
    }

    // The newest unpacked instance (HelpdeskContainer unpacks to target/exam/<uuid>) is the one under test.
    private static Path etcFile(String name) throws IOException {
        try (Stream<Path> files = Files.find(Path.of("target/exam"), 3,
                (path, attributes) -> path.endsWith(Path.of("etc", name)))) {
            return files.max(Comparator.comparing(path -> path.toFile().lastModified()))
                    .orElseThrow(() -> new AssertionError("No etc/" + name + " below target/exam"));
        }
    }

    private static long displayed(Browser browser, By by) {
        return browser.findAll(by).stream().filter(WebElement::isDisplayed).count();
    }
}
