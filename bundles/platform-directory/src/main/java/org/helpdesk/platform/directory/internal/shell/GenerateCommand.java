package org.helpdesk.platform.directory.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.demo.DataGenerator;
import org.helpdesk.platform.directory.internal.db.DirectoryDatabase;
import org.helpdesk.platform.directory.internal.demo.DirectoryGenerator;

@Service
@Command(scope = "helpdesk", name = "generate",
        description = "Generates synthetic customers and customer users with JDBC batches, for load tests.")
public class GenerateCommand implements Action {

    @Reference
    private DirectoryDatabase database;

    @Option(name = "--customers", description = "number of customers")
    private int customers;

    @Option(name = "--customer-users", description = "number of customer users, spread over the customers")
    private int customerUsers;

    @Option(name = "--tickets", description = "number of tickets, spread over all customers and customer users"
            + " (made by the tickets bundle's generator, after the customers and users)")
    private long tickets;

    /** Generators of other bundles' records (e.g. tickets), chosen by kind. */
    @Reference(optional = true)
    private List<DataGenerator> generators;

    @Option(name = "--prefix", description = "start of every generated ID and login; default: gen plus the time")
    private String prefix;

    @Override
    public Object execute() throws Exception {
        if (customers < 0 || customerUsers < 0 || tickets < 0) {
            throw new IllegalArgumentException("Counts must not be negative");
        }
        DataGenerator ticketGenerator = null;
        if (tickets > 0) {
            ticketGenerator = (generators == null ? List.<DataGenerator>of() : generators).stream()
                    .filter(g -> "tickets".equals(g.kind())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("--tickets needs the tickets bundle"
                            + " (org.helpdesk.platform.tickets), which is not active"));
        }
        String runPrefix = prefix != null ? prefix : "gen" + Long.toString(System.currentTimeMillis() / 1000, 36);
        DirectoryGenerator.Result result = DirectoryGenerator.generate(database.dataSource(), runPrefix, customers,
                customerUsers, ShellActor.current(), System.out::println);
        DirectoryGenerator.updateStatistics(database.dataSource());
        long rows = result.customers() + (long) result.customerUsers();
        System.out.printf("Generated %d customers and %d customer users (prefix %s) in %.1f s, %d rows/s%n",
                result.customers(), result.customerUsers(), runPrefix, result.millis() / 1000.0,
                result.millis() == 0 ? rows : rows * 1000 / result.millis());
        if (ticketGenerator != null) {
            long start = System.nanoTime();
            long made = ticketGenerator.generate(tickets, ShellActor.current(), System.out::println);
            long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
            System.out.printf("Generated %d tickets in %.1f s, %d rows/s%n", made, millis / 1000.0,
                    made * 1000 / millis);
        }
        return null;
    }
}
