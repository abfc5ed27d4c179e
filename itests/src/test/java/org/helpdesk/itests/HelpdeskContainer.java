package org.helpdesk.itests;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.openqa.selenium.By;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;

/**
 * How tests boot our Karaf assembly: the distribution built by karaf-assembly, on test ports
 * (so a running demo instance does not disturb the tests), everything on loopback.
 */
public final class HelpdeskContainer {

    public static final int HTTP_PORT = 18181;
    public static final int SSH_PORT = 18101;
    public static final int RMI_REGISTRY_PORT = 11099;
    public static final int RMI_SERVER_PORT = 14444;
    public static final String BASE_URL = "http://127.0.0.1:" + HTTP_PORT;

    private HelpdeskContainer() {
    }

    public static Option[] options() {
        File assembly = new File(System.getProperty("helpdesk.assembly", "../karaf-assembly/target/karaf-assembly.tar.gz"));
        if (!assembly.isFile()) {
            throw new IllegalStateException("Build the assembly first: " + assembly);
        }
        String karafVersion = System.getProperty("karaf.version", "4.4.10");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(assembly.toURI().toString())
                    .name("Helpdesk")
                    .karafVersion(karafVersion)
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.WARN),
            systemTimeout(240_000),
            editConfigurationFilePut("etc/custom.properties", "org.osgi.service.http.port", Integer.toString(HTTP_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(SSH_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(RMI_REGISTRY_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(RMI_SERVER_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "updateSnapshots", "none"),
            // Pax Exam's probe waits 10 s for its invoker and injector services; a busy machine booting the
            // features needs longer (else the probe never registers and the run hangs until the system timeout).
            editConfigurationFilePut("etc/system.properties",
                    "org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT", "120000"),
            editConfigurationFilePut("etc/system.properties",
                    "org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT", "120000"),
            editConfigurationFilePut("etc/system.properties", "pax.exam.service.timeout", "240000"),
            // What bin/karaf passes on Java 9+; Pax Exam starts the JVM itself.
            new VMOption("--add-reads=java.xml=java.logging"),
            new VMOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
            new VMOption("--patch-module"),
            new VMOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar"),
            new VMOption("--patch-module"),
            new VMOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar"),
            new VMOption("--add-opens"), new VMOption("java.base/java.security=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.net=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.lang=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.util=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED"),
            new VMOption("--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"),
            new VMOption("--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED"),
            new VMOption("-classpath"),
            new VMOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*" + File.pathSeparator + "lib/endorsed/*"),
        };
    }

    /** Waits until {@code path} below the base URL answers 200, or fails after {@code timeout}. */
    /**
     * Waits until an admin view answers with its content: the shell answers before the bundles that
     * contribute views are up, and until then their routes show "Page not found".
     */
    public static void awaitAdminView(String path, String viewId) throws Exception {
        awaitHttpOk("/admin/login", Duration.ofSeconds(180));
        try (Browser browser = Browser.start("en-US")) {
            browser.open("/admin/login");
            browser.login("admin", "admin");
            browser.await(By.id("navigation"));
            Instant end = Instant.now().plusSeconds(120);
            while (browser.findAll(By.id(viewId)).isEmpty()) {
                if (Instant.now().isAfter(end)) {
                    throw new AssertionError("the admin view " + path + " did not appear");
                }
                Thread.sleep(1000);
                browser.open(path);
                Thread.sleep(1000);
            }
        }
    }

    public static void awaitHttpOk(String path, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        int last = -1;
        while (Instant.now().isBefore(end)) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(BASE_URL + path).toURL().openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(5000);
                last = connection.getResponseCode();
                connection.disconnect();
                if (last == 200) {
                    return;
                }
            } catch (IOException e) {
                last = -1;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new UncheckedIOException(new IOException(BASE_URL + path + " did not answer 200 within " + timeout
                + " (last status " + last + ")"));
    }
}
