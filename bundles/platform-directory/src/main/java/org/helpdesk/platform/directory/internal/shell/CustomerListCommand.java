package org.helpdesk.platform.directory.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.shell.TrailingOptions;

@Service
@Command(scope = "helpdesk", name = "customer-list", description = "Lists customers matching a filter.")
public class CustomerListCommand implements Action {

    @Reference
    private CustomerDirectory customers;

    @Argument(index = 0, name = "FILTER", description = "words that must match ID or name anywhere; * is a wildcard")
    private String filter;

    @Argument(index = 1, name = "MORE", description = "more filter words, and options given after the filter",
            multiValued = true)
    private List<String> more;

    @Option(name = "--limit", description = "at most this many rows (1-1000)")
    private int limit = 100;

    @Option(name = "--offset", description = "skip this many rows")
    private int offset;

    @Option(name = "--no-format", description = "plain lines for scripts")
    private boolean noFormat;

    @Override
    public Object execute() {
        filter = FilterWords.join(filter, TrailingOptions.apply(this, more));
        Page<Customer> page = customers.searchCustomers(Search.of(filter, CustomerSort.CUSTOMER_ID, limit).page(offset, limit));
        Tables.customers(page.items()).print(System.out, !noFormat);
        if (!noFormat) {
            System.out.println(page.items().size() + " of " + page.total() + " customers");
        }
        return null;
    }

}
