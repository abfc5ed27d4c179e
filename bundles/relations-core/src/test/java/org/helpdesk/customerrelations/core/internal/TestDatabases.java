package org.helpdesk.customerrelations.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases: in-memory embedded Derby, and a new schema on the PostgreSQL server named by
 * HELPDESK_PG_URL / HELPDESK_PG_USER / HELPDESK_PG_PASSWORD when that variable is set.
 */
public final class TestDatabases {

    /** A named database for parameterized tests. */
    public record Db(String name, DataSource dataSource) {
        @Override
        public String toString() {
            return name;
        }
    }

    private TestDatabases() {
    }

    public static Stream<Db> all() {
        List<Db> databases = new ArrayList<>();
        databases.add(derby());
        String url = System.getenv("HELPDESK_PG_URL");
        if (url != null && !url.isBlank() && !Boolean.getBoolean("skip.postgresql.tests")) {
            databases.add(postgresql(url));
        }
        return databases.stream();
    }

    public static Db derby() {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:relations-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        return new Db("Derby", derby);
    }

    private static Db postgresql(String url) {
        String schema = "cr_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = pg(url).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test schema on " + url + ": " + e.getMessage(), e);
        }
        PGSimpleDataSource dataSource = pg(url);
        dataSource.setCurrentSchema(schema);
        return new Db("PostgreSQL", dataSource);
    }

    private static PGSimpleDataSource pg(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(System.getenv().getOrDefault("HELPDESK_PG_USER", "postgres"));
        dataSource.setPassword(System.getenv().getOrDefault("HELPDESK_PG_PASSWORD", ""));
        return dataSource;
    }
}
