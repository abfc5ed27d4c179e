package org.helpdesk.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.atomic.AtomicInteger;

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

    @Test
    void aFailedUpdateIsTriedAgainAndAPersistentFailureIsReported() throws Exception {
        DataSource derby = TestDatabases.derby().dataSource();
        AtomicInteger refusals = new AtomicInteger(1);
        DataSource flaky = (DataSource) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && refusals.getAndDecrement() > 0) {
                        throw new java.sql.SQLException("relation \"databasechangelog\" already exists", "42P07");
                    }
                    try {
                        return method.invoke(derby, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        SchemaMigrations.update(flaky, FIRST, SchemaMigrationsTest.class);
        assertEquals(3, count(derby, "SELECT COUNT(*) FROM databasechangelog"));

        refusals.set(SchemaMigrations.ATTEMPTS);
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> SchemaMigrations.update(flaky, SECOND, SchemaMigrationsTest.class));
        assertTrue(failed.getMessage().contains("already exists"), failed.getMessage());
        assertEquals(0, count(derby, "SELECT COUNT(*) FROM databasechangelog WHERE filename LIKE '%second-%'"));
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
