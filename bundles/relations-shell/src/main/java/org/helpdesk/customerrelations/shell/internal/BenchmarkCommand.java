package org.helpdesk.customerrelations.shell.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
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
        BenchmarkTable table = new BenchmarkTable(System.out);

        List<String> logins = randomLogins(random);
        decideTimes(logins, table);
        pageTimes(randomCustomerIds(random), table, "(c) customerUsersOf page 50 + count, random customers");
        if (bulkFilter != null) {
            bulk(table);
        } else {
            System.out.println("(b) skipped: give --bulk-filter");
        }
        table.print();
        return null;
    }

    private void decideTimes(List<String> logins, BenchmarkTable table) {
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
        table.row("(a) CustomerAccess.decide, random users", Stats.of(times),
                String.format(Locale.ROOT, "%.2f IDs per user on average", (double) ids / Math.max(1, logins.size())));
    }

    private void pageTimes(List<String> customerIds, BenchmarkTable table, String label) {
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
        table.row(label, Stats.of(times), String.format(Locale.ROOT, "%.1f users per customer on average",
                (double) total / Math.max(1, customerIds.size())));
    }

    private void bulk(BenchmarkTable table) throws SQLException {
        long matching = users.countCustomerUsers(Search.of(bulkFilter, CustomerUserSort.LOGIN, 1));
        String scratch = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        String actor = ShellActor.current();
        customers.createCustomer(scratch, "Benchmark scratch customer", actor);
        try {
            long start = System.nanoTime();
            ChangeResult related = relations.applyToAllMatching(Side.CUSTOMER, scratch, bulkFilter, true,
                    Source.SHELL, actor);
            double pluginMs = (System.nanoTime() - start) / 1e6;
            table.row("(b) applyToAllMatching: relate users to one customer", pluginMs,
                    related.added() + " added of " + matching + " matching '" + bulkFilter + "'");

            List<String> logins = KeysetWalk.all((after, limit) -> users.matchingLogins(bulkFilter, Validity.ALL,
                    after, limit));
            if (dataSource != null) {
                double jdbcMs = new JdbcBaseline(dataSource).insert(logins, scratch, actor);
                table.row("(b) plain JDBC batch insert, same rows, scratch table", jdbcMs,
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
            table.row("(c) customerUsersOf page 50 + count, the bulk customer", Stats.of(times),
                    relations.customerUsersOf(scratch, "", 0, 50).total() + " users");

            start = System.nanoTime();
            ChangeResult removed = relations.applyToAllMatching(Side.CUSTOMER, scratch, bulkFilter, false,
                    Source.SHELL, actor);
            table.row("    applyToAllMatching: unrelate them again", (System.nanoTime() - start) / 1e6,
                    removed.removed() + " removed");
        } finally {
            customers.deleteCustomer(scratch, actor);
        }
    }

    /** A uniform sample of all logins. */
    private List<String> randomLogins(Random random) {
        Reservoir sample = new Reservoir(samples, random);
        KeysetWalk.forEach((after, limit) -> users.matchingLogins("", Validity.ALL, after, limit), sample::offer);
        // items() shuffles with the seeded random: asked twice, as ever, so a seed keeps picking the same customers
        if (sample.items().isEmpty()) {
            throw new IllegalArgumentException("The directory has no customer users");
        }
        return sample.items();
    }

    private List<String> randomCustomerIds(Random random) {
        return KeysetWalk.sample((after, limit) -> customers.matchingCustomerIds("", Validity.ALL, after, limit),
                samples, random);
    }
}
