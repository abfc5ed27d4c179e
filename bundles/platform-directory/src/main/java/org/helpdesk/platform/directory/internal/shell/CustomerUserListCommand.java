package org.helpdesk.platform.directory.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.shell.TrailingOptions;

@Service
@Command(scope = "helpdesk", name = "customer-user-list", description = "Lists customer users matching a filter.")
public class CustomerUserListCommand implements Action {

    @Reference
    private CustomerUserDirectory users;

    @Argument(index = 0, name = "FILTER", description = "words that must start login, name, e-mail, e-mail domain or "
            + "customer ID; *word matches anywhere; * is a wildcard")
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
        Page<CustomerUser> page = users.searchCustomerUsers(
                Search.of(filter, CustomerUserSort.LOGIN, limit).page(offset, limit));
        Tables.customerUsers(page.items()).print(System.out, !noFormat);
        if (!noFormat) {
            System.out.println(page.items().size() + " of " + page.total() + " customer users");
        }
        return null;
    }

}
