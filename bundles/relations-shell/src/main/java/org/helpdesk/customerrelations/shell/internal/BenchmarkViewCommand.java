package org.helpdesk.customerrelations.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;

/**
 * A benchmark harness, not a test: replays the service calls the admin view "Customer Users ↔ Customers"
 * makes to show one page, and times them on the loaded data. A page of the overview is both lists (50 rows
 * each) with their exact counts; a customer's page is 50 customer users, which of them are related, and
 * the count; a customer user's page the same for customers. Each is timed unfiltered, for every filter,
 * and scrolled deep into the unfiltered list.
 */
@Service
@Command(scope = "customer-relations", name = "benchmark-view",
        description = "Times the service calls behind one page of the admin view, unfiltered and filtered.")
public class BenchmarkViewCommand implements Action {

    static final List<String> DEFAULT_FILTERS = List.of("anna", "smith", "schm", "anna mueller", "harbor12",
            "olga.k", "victor", "weber", "blue", "tom lee");

    static final int PAGE = 50;

    @Reference
    private CustomerRelationService relations;

    @Reference
    private CustomerDirectory customers;

    @Reference
    private CustomerUserDirectory users;

    @Argument(index = 0, name = "FILTER", description = "filters typed into the view's search; default: ten typical ones",
            multiValued = true)
    private List<String> filters;

    @Option(name = "--runs", description = "timed runs per case after one warm-up run")
    private int runs = 5;

    @Option(name = "--customer", description = "the customer whose page is timed; default: the first customer")
    private String customerId;

    @Option(name = "--user", description = "the customer user whose page is timed; default: the first customer user")
    private String login;

    @Override
    public Object execute() {
        ShellActor.requireAdmin();
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be positive: " + runs);
        }
        List<String> chosen = filters == null || filters.isEmpty() ? DEFAULT_FILTERS : filters;
        String customer = customerId != null ? customerId
                : customers.listCustomers(Search.of("", CustomerSort.CUSTOMER_ID, 1)).get(0).customerId();
        String user = login != null ? login
                : users.listCustomerUsers(Search.of("", CustomerUserSort.LOGIN, 1)).get(0).login();
        long userTotal = users.countCustomerUsers(Search.of("", CustomerUserSort.LOGIN, 1));
        long customerTotal = customers.countCustomers(Search.of("", CustomerSort.CUSTOMER_ID, 1));
        int deepUsers = (int) Math.min(Integer.MAX_VALUE, userTotal / 2);
        int deepCustomers = (int) Math.min(Integer.MAX_VALUE, customerTotal / 2);
        System.out.printf(Locale.ROOT, "%d customer users, %d customers; customer page of %s, user page of %s%n",
                userTotal, customerTotal, customer, user);

        ShellTable table = new ShellTable();
        table.column("Page");
        table.column("Cases").alignRight();
        table.column("Median ms").alignRight();
        table.column("Worst ms").alignRight();
        row(table, "overview, first page", List.of(time(() -> overview("", 0))));
        row(table, "overview, filtered", timeAll(chosen, f -> overview(f, 0)));
        row(table, "overview, scrolled to the middle", List.of(time(() -> overview("", deepUsers))));
        row(table, "customer's page, first page", List.of(time(() -> customerPage(customer, "", 0))));
        row(table, "customer's page, filtered", timeAll(chosen, f -> customerPage(customer, f, 0)));
        row(table, "customer's page, scrolled to the middle", List.of(time(() -> customerPage(customer, "", deepUsers))));
        row(table, "user's page, first page", List.of(time(() -> userPage(user, "", 0))));
        row(table, "user's page, filtered", timeAll(chosen, f -> userPage(user, f, 0)));
        row(table, "user's page, scrolled to the middle", List.of(time(() -> userPage(user, "", deepCustomers))));
        table.print(System.out);
        return null;
    }

    private long overview(String filter, int offset) {
        Search<CustomerUserSort> userSearch = Search.of(filter, CustomerUserSort.LOGIN, PAGE).page(offset, PAGE);
        Search<CustomerSort> customerSearch = Search.of(filter, CustomerSort.CUSTOMER_ID, PAGE).page(offset, PAGE);
        return users.listCustomerUsers(userSearch).size() + users.countCustomerUsers(userSearch)
                + customers.listCustomers(customerSearch).size() + customers.countCustomers(customerSearch);
    }

    private long customerPage(String customer, String filter, int offset) {
        Search<CustomerUserSort> search = Search.of(filter, CustomerUserSort.LOGIN, PAGE).page(offset, PAGE);
        List<CustomerUser> page = users.listCustomerUsers(search);
        return relations.relatedLogins(customer, page.stream().map(CustomerUser::login).toList()).size()
                + users.countCustomerUsers(search);
    }

    private long userPage(String user, String filter, int offset) {
        Search<CustomerSort> search = Search.of(filter, CustomerSort.CUSTOMER_ID, PAGE).page(offset, PAGE);
        List<Customer> page = customers.listCustomers(search);
        return relations.relatedCustomerIds(user, page.stream().map(Customer::customerId).toList()).size()
                + customers.countCustomers(search);
    }

    private List<Double> timeAll(List<String> chosen, ToLongFunction<String> page) {
        List<Double> medians = new ArrayList<>();
        for (String filter : chosen) {
            double median = time(() -> page.applyAsLong(filter));
            System.out.printf(Locale.ROOT, "  %-16s %8.1f ms%n", filter, median);
            medians.add(median);
        }
        return medians;
    }

    /** @return the median of {@link #runs} timed runs after one warm-up run */
    private double time(Supplier<Long> page) {
        page.get();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            page.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return Stats.of(times).median();
    }

    private static void row(ShellTable table, String label, List<Double> medians) {
        Stats stats = Stats.of(medians.stream().mapToDouble(Double::doubleValue).toArray());
        table.addRow().addContent(label, stats.runs(), format(stats.median()), format(stats.max()));
        System.out.println(label + ": median " + format(stats.median()) + " ms, worst " + format(stats.max()) + " ms");
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }
}
