package org.helpdesk.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    static final String FIRST = "org/helpdesk/platform/persistence/first-changelog.xml";
    static final String SECOND = "org/helpdesk/platform/persistence/second-changelog.xml";

    @Test
    void concurrentMigrationsOfOneDatabaseAllComplete() throws Exception {
        DataSource dataSource = TestDatabases.derby().dataSource();
        // Two bundles' changelogs, and the first one twice (two components of one bundle activating at once).
        List<String> changelogs = List.of(FIRST, SECOND, FIRST);
        CyclicBarrier start = new CyclicBarrier(changelogs.size());
        ExecutorService threads = Executors.newFixedThreadPool(changelogs.size());
        try {
            List<Future<?>> migrations = new ArrayList<>();
            for (String changelog : changelogs) {
                migrations.add(threads.submit(() -> {
                    start.await();
                    SchemaMigrations.update(dataSource, changelog, SchemaMigrationsTest.class);
                    return null;
                }));
            }
            for (Future<?> migration : migrations) {
                migration.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(3, count(dataSource, "SELECT COUNT(*) FROM databasechangelog WHERE filename LIKE '%first-%'"));
        assertEquals(3, count(dataSource, "SELECT COUNT(*) FROM databasechangelog WHERE filename LIKE '%second-%'"));
        assertEquals(0, count(dataSource, "SELECT COUNT(*) FROM t_first WHERE note IS NOT NULL"));
        assertEquals(0, count(dataSource, "SELECT COUNT(*) FROM t_second WHERE note IS NOT NULL"));
    }

    @Test
    void aMigrationThatRanDoesNothingTheSecondTime() throws Exception {
        DataSource dataSource = TestDatabases.derby().dataSource();
        SchemaMigrations.update(dataSource, FIRST, SchemaMigrationsTest.class);
        SchemaMigrations.update(dataSource, FIRST, SchemaMigrationsTest.class);
        assertEquals(3, count(dataSource, "SELECT COUNT(*) FROM databasechangelog"));
    }

    private static long count(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
