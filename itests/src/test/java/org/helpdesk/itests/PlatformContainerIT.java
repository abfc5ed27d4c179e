package org.helpdesk.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Boots the assembly's features in Karaf and checks the platform foundation from inside. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformContainerIT {

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return HelpdeskContainer.options();
    }

    @Test
    public void everyBundleIsActiveAndFragmentsAreResolved() throws Exception {
        HelpdeskContainer.awaitHttpOk("/admin/login", Duration.ofSeconds(120));
        // Boot features may still be settling (a bundle briefly STARTING): give them a minute.
        List<String> problems = bundlesNotInTheirFinalState();
        for (int i = 0; i < 60 && !problems.isEmpty(); i++) {
            Thread.sleep(1000);
            problems = bundlesNotInTheirFinalState();
        }
        assertTrue("Bundles not active: " + problems, problems.isEmpty());
    }

    private List<String> bundlesNotInTheirFinalState() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                problems.add(bundle.getSymbolicName() + " is in state " + bundle.getState());
            }
        }
        return problems;
    }

    @Test
    public void noPaxWebBundleIsInstalled() {
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            assertTrue("Pax Web must not be installed: " + name, !name.startsWith("org.ops4j.pax.web"));
        }
    }

    @Test
    public void ourBundlesAreInstalled() {
        List<String> names = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            names.add(bundle.getSymbolicName());
        }
        assertTrue(names.toString(), names.contains("org.helpdesk.platform.api"));
        assertTrue(names.toString(), names.contains("org.helpdesk.platform.web"));
        assertTrue(names.toString(), names.contains("org.apache.felix.http.jetty12"));
    }

    @Test
    public void helpdeskDataSourceAnswersAQuery() throws Exception {
        ServiceTracker<DataSource, DataSource> tracker = new ServiceTracker<>(context,
                FrameworkUtil.createFilter("(&(objectClass=javax.sql.DataSource)(|(dataSourceName=helpdesk)"
                        + "(osgi.jndi.service.name=helpdesk)))"), null);
        tracker.open();
        try {
            DataSource dataSource = tracker.waitForService(60_000);
            assertNotNull("No DataSource named helpdesk", dataSource);
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("VALUES 42")) {
                assertEquals("Apache Derby", connection.getMetaData().getDatabaseProductName());
                assertTrue(result.next());
                assertEquals(42, result.getInt(1));
            }
        } finally {
            tracker.close();
        }
    }

    @Test
    public void adminAnswersWithTheLoginPage() throws Exception {
        HelpdeskContainer.awaitHttpOk("/admin/login", Duration.ofSeconds(120));
        String page = get("/admin/login");
        assertTrue(page, page.contains("VAADIN/build/indexhtml"));
        String init = get("/admin/?v-r=init&location=login");
        assertTrue(init, init.contains("\"productionMode\":true"));
        // The login form itself is drawn by the browser: see AdminShellBrowserIT.
    }

    @Test
    public void scriptsAreServedAsJavaScript() throws Exception {
        // the probe can run before the admin servlet is registered (boot without refreshes is quicker)
        HelpdeskContainer.awaitHttpOk("/admin/login", Duration.ofSeconds(120));
        String page = get("/admin/login");
        int start = page.indexOf("VAADIN/build/indexhtml");
        String script = page.substring(start, page.indexOf('"', start));
        HttpURLConnection connection = open("/admin/" + script);
        assertEquals(200, connection.getResponseCode());
        assertTrue(connection.getContentType(), connection.getContentType().startsWith("text/javascript"));
    }

    private static String get(String path) throws IOException {
        HttpURLConnection connection = open(path);
        assertEquals(path, 200, connection.getResponseCode());
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpURLConnection open(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(HelpdeskContainer.BASE_URL + path).toURL()
                .openConnection();
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(20000);
        return connection;
    }
}
