package org.helpdesk.platform.directory.internal.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;

/** A benchmark harness, not a test: times search pages with their exact counts on the live database. */
@Service
@Command(scope = "helpdesk", name = "benchmark-search",
        description = "Times customer-user (or customer) searches: one page of 50 (at --offset) with its exact count, per filter.")
public class BenchmarkSearchCommand implements Action {

    /** Twenty filters of different selectivity over data made by helpdesk:generate. */
    static final List<String> DEFAULT_FILTERS = List.of("anna", "schm", "smith", "mueller", "zoe", "blue",
            "harbor12", "anna mueller", "leon wagner", "alice", "*mith", "s*th", "olga.k", "g1-c00001", "victor",
            "weber", "nova3", "tom lee", "xenia", "peggy");

    @Reference
    private CustomerUserDirectory users;

    @Reference
    private CustomerDirectory customers;

    @Argument(index = 0, name = "FILTER", description = "filters to time; default: twenty typical ones", multiValued = true)
    private List<String> filters;

    @Option(name = "--runs", description = "timed runs per filter after one warm-up run")
    private int runs = 3;

    @Option(name = "--sort", description = "customer-user sort: LOGIN (default), FIRST_NAME, LAST_NAME, EMAIL, PRIMARY_CUSTOMER_ID")
    private CustomerUserSort sort = CustomerUserSort.LOGIN;

    @Option(name = "--offset", description = "the page's first row, e.g. past the database's users to time an LDAP page")
    private int offset;

    @Option(name = "--customers", description = "search customers instead of customer users")
    private boolean searchCustomers;

    @Override
    public Object execute() {
        List<String> chosen = filters == null || filters.isEmpty() ? DEFAULT_FILTERS : filters;
        List<Double> medians = new ArrayList<>();
        System.out.printf("%-16s %10s %10s %10s%n", "filter", "matches", "median ms", "worst ms");
        for (String filter : chosen) {
            long matches = search(filter);
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                search(filter);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            double median = times[runs / 2];
            medians.add(median);
            System.out.printf("%-16s %10d %10.1f %10.1f%n", filter, matches, median, times[runs - 1]);
        }
        double[] all = medians.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("over %d filters: median %.1f ms, worst %.1f ms%n", all.length,
                all.length % 2 == 1 ? all[all.length / 2] : (all[all.length / 2 - 1] + all[all.length / 2]) / 2,
                all[all.length - 1]);
        return null;
    }

    private long search(String filter) {
        return searchCustomers
                ? customers.searchCustomers(Search.of(filter, CustomerSort.CUSTOMER_ID, 50).page(offset, 50)).total()
                : users.searchCustomerUsers(Search.of(filter, sort, 50).page(offset, 50)).total();
    }
}
