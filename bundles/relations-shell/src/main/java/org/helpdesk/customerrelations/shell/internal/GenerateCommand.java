package org.helpdesk.customerrelations.shell.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.ImportOptions;
import org.helpdesk.customerrelations.api.dto.ImportReport;
import org.helpdesk.customerrelations.api.dto.ImportRow;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;

/**
 * A data loader for the benchmark, not a test: relates the directory's customer users to random customers,
 * spread evenly (every user gets about N / users relations), through the relations API's bulk path (the
 * import, one transaction per chunk).
 */
@Service
@Command(scope = "customer-relations", name = "generate",
        description = "Adds N random relations over the directory's customer users and customers, in bulk, for load tests.")
public class GenerateCommand implements Action {

    private static final int PAGE = 10_000;

    @Reference
    private CustomerRelationService relations;

    @Reference
    private CustomerDirectory customers;

    @Reference
    private CustomerUserDirectory users;

    @Option(name = "--relations", description = "number of relations to add", required = true)
    private long count;

    @Option(name = "--users-filter", description = "directory filter choosing the customer users; default all")
    private String usersFilter = "";

    @Option(name = "--customers-filter", description = "directory filter choosing the customers; default all")
    private String customersFilter = "";

    @Option(name = "--chunk", description = "relations per import transaction")
    private int chunk = 50_000;

    @Option(name = "--seed", description = "seed of the random choice, for repeatable data")
    private long seed = 42;

    @Override
    public Object execute() {
        ShellActor.requireAdmin();
        if (count < 1) {
            throw new IllegalArgumentException("--relations must be positive: " + count);
        }
        if (chunk < 1) {
            throw new IllegalArgumentException("--chunk must be positive: " + chunk);
        }
        List<String> customerIds = allCustomerIds();
        long userCount = users.countCustomerUsers(Search.of(usersFilter, CustomerUserSort.LOGIN, 1));
        if (customerIds.isEmpty() || userCount == 0) {
            throw new IllegalArgumentException("No customers or customer users match the filters");
        }
        double perUser = (double) count / userCount;
        if (perUser > customerIds.size()) {
            throw new IllegalArgumentException("--relations " + count + " needs more than " + customerIds.size()
                    + " customers per user");
        }
        System.out.printf("Relating %d customer users to %.2f of %d customers each on average%n", userCount, perUser,
                customerIds.size());
        Random random = new Random(seed);
        String actor = ShellActor.current();
        long start = System.nanoTime();
        long wanted = count;
        long line = 1;
        long added = 0;
        long present = 0;
        long rejected = 0;
        List<ImportRow> rows = new ArrayList<>(chunk);
        String after = null;
        outer:
        while (true) {
            List<String> logins = users.matchingLogins(usersFilter, Validity.ALL, after, PAGE);
            for (String login : logins) {
                int k = (int) perUser + (random.nextDouble() < perUser - (int) perUser ? 1 : 0);
                Set<String> chosen = new HashSet<>();
                while (chosen.size() < k && wanted > 0) {
                    if (chosen.add(customerIds.get(random.nextInt(customerIds.size())))) {
                        wanted--;
                    }
                }
                for (String id : chosen) {
                    rows.add(new ImportRow(++line, login, id));
                }
                if (rows.size() >= chunk || wanted == 0) {
                    ImportReport report = flush(rows, actor);
                    added += report.added();
                    present += report.alreadyPresent();
                    rejected += report.rejected().size();
                    System.out.printf("  %d relations added, %d already present, %d rejected, %.1f s%n", added,
                            present, rejected, (System.nanoTime() - start) / 1e9);
                }
                if (wanted == 0) {
                    break outer;
                }
            }
            if (logins.size() < PAGE) {
                break;
            }
            after = logins.get(logins.size() - 1);
        }
        if (!rows.isEmpty()) {
            ImportReport report = flush(rows, actor);
            added += report.added();
            present += report.alreadyPresent();
            rejected += report.rejected().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Added %d relations (%d already present, %d rejected, e.g. primary customers) in %.1f s, "
                + "%.0f relations/s; %d relations in total%n", added, present, rejected, seconds,
                added / Math.max(seconds, 1e-9), relations.countRelations());
        return null;
    }

    private ImportReport flush(List<ImportRow> rows, String actor) {
        // skip-invalid: a random pick may hit the user's primary customer (rule R3), which is refused
        ImportReport report = relations.importRelations(List.copyOf(rows), new ImportOptions(false, true), actor);
        rows.clear();
        return report;
    }

    private List<String> allCustomerIds() {
        List<String> ids = new ArrayList<>();
        String after = null;
        while (true) {
            List<String> page = customers.matchingCustomerIds(customersFilter, Validity.ALL, after, PAGE);
            ids.addAll(page);
            if (page.size() < PAGE) {
                return ids;
            }
            after = page.get(page.size() - 1);
        }
    }
}
