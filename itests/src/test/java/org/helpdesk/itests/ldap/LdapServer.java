package org.helpdesk.itests.ldap;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ops4j.pax.exam.Option;

/**
 * The throw-away OpenLDAP of .ci/openldap.sh (300 partner users, see .ci/ldap/partners.sh): the
 * options that make it the assembly's backend "partners", and stopping and starting the real
 * server mid-test. The settings reach the container as system properties.
 */
public final class LdapServer {

    static final String PID = "org.helpdesk.platform.directory.ldap~partners";
    private static final String[] VARIABLES = { "HELPDESK_LDAP_URL", "HELPDESK_LDAP_BIND_DN", "HELPDESK_LDAP_PASSWORD",
        "HELPDESK_LDAP_BASE_DN", "HELPDESK_LDAP_CONF", "HELPDESK_LDAP_PIDFILE" };

    private LdapServer() {
    }

    /** @return {@code base} plus the backend "partners" on the test server, excluding the primary customer */
    public static Option[] withLdap(Option[] base) {
        for (String variable : VARIABLES) {
            String value = System.getenv(variable);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("LDAP tests need " + String.join(", ", VARIABLES)
                        + ": run them through .ci/run, which starts an OpenLDAP on 127.0.0.1 (.ci/openldap.sh)");
            }
        }
        String cfg = "etc/org.helpdesk.platform.directory.ldap-partners.cfg";
        List<Option> options = new ArrayList<>(Arrays.asList(base));
        options.add(editConfigurationFilePut(cfg, "backend.id", "partners"));
        options.add(editConfigurationFilePut(cfg, "url", System.getenv("HELPDESK_LDAP_URL")));
        options.add(editConfigurationFilePut(cfg, "bindDn", System.getenv("HELPDESK_LDAP_BIND_DN")));
        options.add(editConfigurationFilePut(cfg, "bindPassword", System.getenv("HELPDESK_LDAP_PASSWORD")));
        options.add(editConfigurationFilePut(cfg, "baseDn", System.getenv("HELPDESK_LDAP_BASE_DN")));
        options.add(editConfigurationFilePut(cfg, "CustomerUserExcludePrimaryCustomerID", "true"));
        options.add(editConfigurationFilePut(cfg, "CustomerUserCustomerIDsField", "ou"));
        options.add(editConfigurationFilePut(cfg, "connectTimeoutMillis", "1000"));
        options.add(editConfigurationFilePut(cfg, "responseTimeoutMillis", "2000"));
        for (String variable : VARIABLES) {
            options.add(editConfigurationFilePut("etc/system.properties", property(variable), System.getenv(variable)));
        }
        return options.toArray(Option[]::new);
    }

    /** Stops the real server (SIGTERM) and waits until its port is closed. */
    public static void stop() throws IOException, InterruptedException {
        String pid = Files.readString(Path.of(setting("HELPDESK_LDAP_PIDFILE"))).strip();
        run("kill", pid);
        await(false);
    }

    /** Starts the server again on its data and waits until it accepts connections. */
    public static void start() throws IOException, InterruptedException {
        URI url = url();
        run("/usr/sbin/slapd", "-f", setting("HELPDESK_LDAP_CONF"), "-h",
                "ldap://" + url.getHost() + ":" + url.getPort() + "/");
        await(true);
    }

    private static void await(boolean up) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(end)) {
            if (accepts() == up) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the LDAP server did not " + (up ? "start" : "stop") + " within 20 s");
    }

    private static boolean accepts() {
        URI url = url();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static URI url() {
        return URI.create(setting("HELPDESK_LDAP_URL"));
    }

    private static String setting(String variable) {
        return System.getProperty(property(variable));
    }

    private static String property(String variable) {
        return "helpdesk.test." + variable.toLowerCase().replace('_', '.');
    }
}
