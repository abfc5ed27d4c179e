package org.helpdesk.itests.ldap;

import static org.helpdesk.itests.Browser.gridCell;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.helpdesk.itests.Browser;
import org.helpdesk.itests.HelpdeskContainer;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.ops4j.pax.exam.junit.PaxExamServer;

/** The admin views with the LDAP backend "partners" beside the database, in headless Chromium. */
public class LdapAdminViewsBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(HelpdeskLdapServer.class);

    private static final String FLAG = "CustomerUserExcludePrimaryCustomerID";

    @BeforeClass
    public static void awaitShell() throws Exception {
        HelpdeskContainer.awaitAdminView("/admin/customer-users", "customer-users-view");
    }

    @Test
    public void customerUsersShowTheirBackendAndLdapUsersAreReadOnly() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/customer-users", "admin", "admin");
            browser.type("search", "pat0042");
            browser.awaitText(By.id("customer-users-view"), "Customer Users (1)");
            // the grid may keep stale cells of its row pool hidden: look for the row's cells
            browser.await(gridCell("customer-users-grid", "partner-0042"));
            browser.await(gridCell("customer-users-grid", "partners"));
            browser.screenshot("ldap-customer-users-en");
            browser.replace("search", "partner-00");
            browser.awaitText(By.id("customer-users-view"), "Customer Users (99)");

            browser.open("/admin/customer-users/edit/partner-0042");
            browser.awaitText(By.id("read-only-notice"), "read-only backend partners");
            assertTrue("no Save for an LDAP user", browser.findAll(By.id("save")).isEmpty());
            assertEquals("partner-0042", browser.value("login"));
            browser.screenshot("ldap-customer-user-read-only-en");
        }
    }

    @Test
    public void systemConfigurationShowsTheFlagOfEachBackend() throws Exception {
        try (Browser browser = Browser.start("en-US")) {
            browser.openAndLogIn("/admin/system-configuration", "admin", "admin");
            browser.replace("search", FLAG);
            browser.awaitText(By.id("settings-count"), "2 of ");
            By database = By.id("setting-" + FLAG + "--org-helpdesk-platform-directory-db-default");
            By ldap = By.id("setting-" + FLAG + "--org-helpdesk-platform-directory-ldap-partners");
            browser.await(database);
            browser.await(ldap);
            assertEquals(false, browser.isChecked(database));
            assertEquals(true, browser.isChecked(ldap));
            browser.screenshot("ldap-system-configuration-en");
        }
    }
}
