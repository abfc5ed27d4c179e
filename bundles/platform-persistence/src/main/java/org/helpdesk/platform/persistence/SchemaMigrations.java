package org.helpdesk.platform.persistence;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a bundle's tables up to date with Liquibase; one changelog serves Derby and PostgreSQL alike.
 * <p>
 * Migrations run one at a time in the whole JVM, whichever bundle or component starts them: all of them
 * migrate the same database, and two at once can deadlock, one waiting for Liquibase's lock while it holds
 * database locks the other needs (seen on Derby when two components activated together).
 */
public final class SchemaMigrations {

    private static final Object LOCK = new Object();

    /**
     * Whole updates tried before giving up. Two nodes starting at once on an empty database race to create
     * Liquibase's own tables ("already exists", Liquibase issues 2315 and 5254); the next try finds them and
     * waits for Liquibase's lock as it should. A change set that ran is never run again, so a retry is safe.
     */
    static final int ATTEMPTS = 3;

    private static final System.Logger LOG = System.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    /**
     * Runs the change sets of {@code changelog} that have not run yet, waiting for any other migration in
     * this JVM to finish first. Liquibase's report of what it ran goes to the log, not to the console.
     *
     * @param dataSource the database to migrate
     * @param changelog path of the changelog inside the bundle of {@code owner}, for example
     *        {@code "org/example/internal/db/changelog.xml"}
     * @param owner a class of the bundle that holds the changelog: Liquibase reads it with that class's class
     *        loader, since it cannot see into other bundles
     * @throws IllegalStateException if the migration fails
     */
    public static void update(DataSource dataSource, String changelog, Class<?> owner) {
        synchronized (LOCK) {
            for (int attempt = 1;; attempt++) {
                try {
                    run(dataSource, changelog, owner);
                    return;
                } catch (IllegalStateException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    LOG.log(System.Logger.Level.WARNING, "Schema update from {0} failed (try {1} of {2}), trying"
                            + " again; another node may be migrating the same database: {3}", changelog, attempt,
                            ATTEMPTS, e.getMessage());
                    pause(attempt);
                }
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(500L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextLong(500));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a schema update", e);
        }
    }

    @SuppressWarnings("deprecation")
    private static void run(DataSource dataSource, String changelog, Class<?> owner) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its services through the context class loader (SPI Fly in Karaf).
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(owner.getClassLoader()),
                    database);
            // Liquibase's console output (change sets run, update summary) goes to the log, not into the
            // Karaf console of a user who just started the product.
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                    "liquibase.command.showSummaryOutput", "LOG"),
                    () -> liquibase.update(new Contexts(), new LabelExpression()));
            // Derby refuses to close a connection with an open transaction (ERROR 25001).
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot update the schema from " + changelog + ": " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
