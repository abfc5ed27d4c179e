package org.helpdesk.testsupport;

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
 * Fresh, empty databases for persistence tests: in-memory embedded Derby, and a new schema on the
 * PostgreSQL server named by HELPDESK_PG_URL / HELPDESK_PG_USER / HELPDESK_PG_PASSWORD (.ci/run starts
 * one on 127.0.0.1). Without that server the PostgreSQL tests fail, unless -Dskip.postgresql.tests=true.
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
        if (!Boolean.getBoolean("skip.postgresql.tests")) {
            databases.add(postgresql());
        }
        return databases.stream();
    }

    public static Db derby() {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:test-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        return new Db("Derby", derby);
    }

    public static Db postgresql() {
        String url = System.getenv("HELPDESK_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("PostgreSQL tests need HELPDESK_PG_URL (and HELPDESK_PG_USER, "
                    + "HELPDESK_PG_PASSWORD): run .ci/run, or pass -Dskip.postgresql.tests=true");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = pg(url);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
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
