package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
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

    @Option(name = "--prefix", description = "start of every generated ID and login; default: gen plus the time")
    private String prefix;

    @Override
    public Object execute() throws Exception {
        if (customers < 0 || customerUsers < 0) {
            throw new IllegalArgumentException("Counts must not be negative");
        }
        String runPrefix = prefix != null ? prefix : "gen" + Long.toString(System.currentTimeMillis() / 1000, 36);
        DirectoryGenerator.Result result = DirectoryGenerator.generate(database.dataSource(), runPrefix, customers,
                customerUsers, ShellActor.current(), System.out::println);
        DirectoryGenerator.updateStatistics(database.dataSource());
        long rows = result.customers() + (long) result.customerUsers();
        System.out.printf("Generated %d customers and %d customer users (prefix %s) in %.1f s, %d rows/s%n",
                result.customers(), result.customerUsers(), runPrefix, result.millis() / 1000.0,
                result.millis() == 0 ? rows : rows * 1000 / result.millis());
        return null;
    }
}
