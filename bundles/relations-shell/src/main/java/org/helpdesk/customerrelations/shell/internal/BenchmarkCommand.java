package org.helpdesk.customerrelations.shell.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;

/**
 * A benchmark harness, not a test: times on the loaded data (a) the access decision of random users,
 * (b) relating many users to one customer in one bulk call against a plain JDBC batch of the same rows into
 * a scratch table, and (c) a page of a customer's users with the exact count. It creates a scratch customer
 * and a scratch table and removes both at the end.
 */
@Service
@Command(scope = "customer-relations", name = "benchmark",
        description = "Times effective customer IDs, a bulk relate against plain JDBC, and customer-user pages.")
public class BenchmarkCommand implements Action {

    @Reference
    private CustomerRelationService relations;

    @Reference
    private CustomerAccess access;

    @Reference
    private CustomerDirectory customers;

    @Reference
    private CustomerUserDirectory users;

    @Reference(filter = "(dataSourceName=helpdesk)", optional = true)
    private DataSource dataSource;

    @Option(name = "--samples", description = "random customer users for (a), random customers for (c)")
    private int samples = 2000;

    @Option(name = "--bulk-filter", description = "customer-user filter for (b): the users related to one scratch "
            + "customer; e.g. PREFIX-c00 matches 100,000 users of helpdesk:generate --customers 100000 "
            + "--customer-users 1000000 (by primary customer ID). Without it (b) is skipped")
    private String bulkFilter;

    @Option(name = "--seed", description = "seed of the random choice")
    private long seed = 7;

    @Override
    public Object execute() throws SQLException {
        ShellActor.requireAdmin();
        if (samples < 1) {
            throw new IllegalArgumentException("--samples must be positive: " + samples);
        }
        Random random = new Random(seed);
        ShellTable table = new ShellTable();
        table.column("Measurement");
        table.column("Runs").alignRight();
        table.column("Median ms").alignRight();
        table.column("p99 ms").alignRight();
        table.column("Max ms").alignRight();
        table.column("Notes");

        List<String> logins = randomLogins(random);
        decideTimes(logins, table);
        pageTimes(randomCustomerIds(random), table, "(c) customerUsersOf page 50 + count, random customers");
        if (bulkFilter != null) {
            bulk(table);
        } else {
            System.out.println("(b) skipped: give --bulk-filter");
        }
        table.print(System.out);
        return null;
    }

    private void decideTimes(List<String> logins, ShellTable table) {
        for (int i = 0; i < Math.min(100, logins.size()); i++) {
            access.decide(logins.get(i)); // warm-up
        }
        double[] times = new double[logins.size()];
        long ids = 0;
        for (int i = 0; i < logins.size(); i++) {
            long start = System.nanoTime();
            ids += access.decide(logins.get(i)).customerIds().size();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        row(table, "(a) CustomerAccess.decide, random users", Stats.of(times),
                String.format(Locale.ROOT, "%.2f IDs per user on average", (double) ids / Math.max(1, logins.size())));
    }

    private void pageTimes(List<String> customerIds, ShellTable table, String label) {
        for (int i = 0; i < Math.min(20, customerIds.size()); i++) {
            relations.customerUsersOf(customerIds.get(i), "", 0, 50);
        }
        double[] times = new double[customerIds.size()];
        long total = 0;
        for (int i = 0; i < customerIds.size(); i++) {
            long start = System.nanoTime();
            total += relations.customerUsersOf(customerIds.get(i), "", 0, 50).total();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        row(table, label, Stats.of(times), String.format(Locale.ROOT, "%.1f users per customer on average",
                (double) total / Math.max(1, customerIds.size())));
    }

    private void bulk(ShellTable table) throws SQLException {
        long matching = users.countCustomerUsers(Search.of(bulkFilter, CustomerUserSort.LOGIN, 1));
        String scratch = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        String actor = ShellActor.current();
        customers.createCustomer(scratch, "Benchmark scratch customer", actor);
        try {
            long start = System.nanoTime();
            ChangeResult related = relations.applyToAllMatching(Side.CUSTOMER, scratch, bulkFilter, true,
                    Source.SHELL, actor);
            double pluginMs = (System.nanoTime() - start) / 1e6;
            row(table, "(b) applyToAllMatching: relate users to one customer", single(pluginMs),
                    related.added() + " added of " + matching + " matching '" + bulkFilter + "'");

            List<String> logins = allLogins(bulkFilter);
            if (dataSource != null) {
                double jdbcMs = jdbcBatch(logins, scratch, actor);
                row(table, "(b) plain JDBC batch insert, same rows, scratch table", single(jdbcMs),
                        logins.size() + " rows; plugin / JDBC = " + String.format(Locale.ROOT, "%.2f", pluginMs / jdbcMs));
            } else {
                System.out.println("(b) JDBC comparison skipped: no DataSource (dataSourceName=helpdesk)");
            }

            double[] times = new double[20];
            relations.customerUsersOf(scratch, "", 0, 50);
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                relations.customerUsersOf(scratch, "", 0, 50);
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            row(table, "(c) customerUsersOf page 50 + count, the bulk customer", Stats.of(times),
                    relations.customerUsersOf(scratch, "", 0, 50).total() + " users");

            start = System.nanoTime();
            ChangeResult removed = relations.applyToAllMatching(Side.CUSTOMER, scratch, bulkFilter, false,
                    Source.SHELL, actor);
            row(table, "    applyToAllMatching: unrelate them again", single((System.nanoTime() - start) / 1e6),
                    removed.removed() + " removed");
        } finally {
            customers.deleteCustomer(scratch, actor);
        }
    }

    /**
     * The same rows as the relation table gets, into a scratch table of its shape, in JDBC batches of 1000
     * (rows only: the plugin also validates both sides and writes a history row per relation).
     */
    private double jdbcBatch(List<String> logins, String customerId, String actor) throws SQLException {
        String name = "crs_bench_" + Long.toString(System.nanoTime(), 36);
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                // the shape of cr_relation: generated key, unique pair, index for "users of a customer"
                ddl.execute("CREATE TABLE " + name + " (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " login VARCHAR(200) NOT NULL, login_lc VARCHAR(200) NOT NULL,"
                        + " customer_id VARCHAR(150) NOT NULL, customer_id_lc VARCHAR(150) NOT NULL,"
                        + " created_at TIMESTAMP NOT NULL, created_by VARCHAR(200) NOT NULL,"
                        + " changed_at TIMESTAMP NOT NULL, changed_by VARCHAR(200) NOT NULL,"
                        + " CONSTRAINT " + name + "_u UNIQUE (login_lc, customer_id_lc))");
                ddl.execute("CREATE INDEX " + name + "_c ON " + name + " (customer_id_lc, login_lc)");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            try {
                connection.setAutoCommit(false);
                long start = System.nanoTime();
                Timestamp now = new Timestamp(System.currentTimeMillis());
                String lc = customerId.toLowerCase(Locale.ROOT);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + name
                        + " (login, login_lc, customer_id, customer_id_lc, created_at, created_by, changed_at,"
                        + " changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int batched = 0;
                    for (String login : logins) {
                        insert.setString(1, login);
                        insert.setString(2, login.toLowerCase(Locale.ROOT));
                        insert.setString(3, customerId);
                        insert.setString(4, lc);
                        insert.setTimestamp(5, now);
                        insert.setString(6, actor);
                        insert.setTimestamp(7, now);
                        insert.setString(8, actor);
                        insert.addBatch();
                        if (++batched % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                connection.commit();
                return (System.nanoTime() - start) / 1e6;
            } finally {
                connection.setAutoCommit(true);
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("DROP TABLE " + name);
                }
            }
        }
    }

    /** A uniform sample of the logins: one pass over all of them in keyset pages, reservoir sampling. */
    private List<String> randomLogins(Random random) {
        Reservoir sample = new Reservoir(samples, random);
        String after = null;
        while (true) {
            List<String> page = users.matchingLogins("", Validity.ALL, after, 10_000);
            page.forEach(sample::offer);
            if (page.size() < 10_000) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        if (sample.items().isEmpty()) {
            throw new IllegalArgumentException("The directory has no customer users");
        }
        return sample.items();
    }

    private List<String> randomCustomerIds(Random random) {
        Reservoir sample = new Reservoir(samples, random);
        String after = null;
        while (true) {
            List<String> page = customers.matchingCustomerIds("", Validity.ALL, after, 10_000);
            page.forEach(sample::offer);
            if (page.size() < 10_000) {
                return sample.items();
            }
            after = page.get(page.size() - 1);
        }
    }

    private List<String> allLogins(String filter) {
        List<String> logins = new ArrayList<>();
        String after = null;
        while (true) {
            List<String> page = users.matchingLogins(filter, Validity.ALL, after, 10_000);
            logins.addAll(page);
            if (page.size() < 10_000) {
                return logins;
            }
            after = page.get(page.size() - 1);
        }
    }

    private static Stats single(double millis) {
        return Stats.of(new double[] {millis});
    }

    private static void row(ShellTable table, String label, Stats stats, String notes) {
        table.addRow().addContent(label, stats.runs(), format(stats.median()), format(stats.p99()),
                format(stats.max()), notes);
        // print as we go: the bulk steps take a while on large data
        System.out.println(label + ": median " + format(stats.median()) + " ms (" + notes + ")");
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.3f" : "%.1f", millis);
    }
}
