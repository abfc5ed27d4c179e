package org.helpdesk.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;

import org.ops4j.pax.exam.Option;

/**
 * Switches the assembly's helpdesk DataSource to the PostgreSQL server that .ci/run starts
 * (HELPDESK_PG_URL, HELPDESK_PG_USER, HELPDESK_PG_PASSWORD), in a fresh schema per container.
 */
final class PostgresOptions {

    private PostgresOptions() {
    }

    static Option[] withPostgres(Option[] base) {
        String url = System.getenv("HELPDESK_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("PostgreSQL tests need HELPDESK_PG_URL, HELPDESK_PG_USER and "
                    + "HELPDESK_PG_PASSWORD: run them through .ci/run, which starts a server on 127.0.0.1");
        }
        String user = System.getenv().getOrDefault("HELPDESK_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("HELPDESK_PG_PASSWORD", "");
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
        String cfg = "etc/org.ops4j.datasource-helpdesk.cfg";
        Option[] postgres = {
            editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "helpdesk-postgresql"),
            editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
            editConfigurationFilePut(cfg, "url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema),
            editConfigurationFilePut(cfg, "user", user),
            editConfigurationFilePut(cfg, "password", password),
        };
        Option[] all = Arrays.copyOf(base, base.length + postgres.length);
        System.arraycopy(postgres, 0, all, base.length, postgres.length);
        return all;
    }
}
