package org.helpdesk.customerrelations.persistence.internal;

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
 * Brings the plugin's tables up to date with Liquibase (the same changelog on Derby and PostgreSQL).
 * The plugin's own copy: platform internals are off-limits to plugins.
 */
final class SchemaMigrations {

    private SchemaMigrations() {
    }

    @SuppressWarnings("deprecation")
    // synchronized: the relation store and the token store of this bundle both call it on activation; run
    // at once, one waited for Liquibase's lock while holding Derby locks the other needed (a deadlock).
    static synchronized void update(DataSource dataSource, String changelog, Class<?> owner) {
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
            // Derby refuses to close a connection inside a transaction (ERROR 25001).
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot update the relations schema from " + changelog + ": "
                    + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
