package org.helpdesk.customerrelations.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.RelatedCustomer;
import org.helpdesk.customerrelations.api.dto.RelatedCustomerUser;
import org.helpdesk.platform.api.directory.dto.Page;

@Service
@Command(scope = "customer-relations", name = "list",
        description = "Lists the customers of a customer user, or the customer users of a customer, primary marked.")
public class ListCommand implements Action {

    @Reference
    private CustomerRelationService relations;

    @Option(name = "--customer-user", description = "list the customers of this login")
    @Completion(LoginCompleter.class)
    private String login;

    @Option(name = "--customer", description = "list the customer users of this customer ID")
    @Completion(CustomerIdCompleter.class)
    private String customerId;

    @Option(name = "--filter", description = "directory filter over the listed side, as in helpdesk:customer-list "
            + "and helpdesk:customer-user-list")
    private String filter = "";

    @Option(name = "--offset", description = "skip this many rows")
    private int offset;

    @Option(name = "--limit", description = "at most this many rows (1-1000)")
    private int limit = 100;

    @Option(name = "--no-format", description = "plain tab-separated lines for scripts, no header, no count")
    private boolean noFormat;

    @Override
    public Object execute() {
        ShellActor.requireAdmin();
        if ((login == null) == (customerId == null)) {
            throw new IllegalArgumentException("Give exactly one of --customer-user LOGIN and --customer ID");
        }
        Paging.check(offset, limit);
        ShellTable table = new ShellTable();
        String footer;
        if (login != null) {
            Page<RelatedCustomer> page = relations.customersOf(login, filter, offset, limit);
            table.column("Customer ID");
            table.column("Name");
            table.column("Valid");
            table.column("Relation");
            for (RelatedCustomer c : page.items()) {
                table.addRow().addContent(c.customer().customerId(), c.customer().name(),
                        c.customer().valid() ? "valid" : "invalid", kind(c.primary(), c.related()));
            }
            footer = Paging.footer(offset, page.items().size(), page.total(), "customers of " + login);
        } else {
            Page<RelatedCustomerUser> page = relations.customerUsersOf(customerId, filter, offset, limit);
            table.column("Login");
            table.column("Name");
            table.column("E-mail");
            table.column("Valid");
            table.column("Relation");
            for (RelatedCustomerUser u : page.items()) {
                table.addRow().addContent(u.customerUser().login(), u.customerUser().fullName(),
                        u.customerUser().email(), u.customerUser().valid() ? "valid" : "invalid",
                        kind(u.primary(), u.related()));
            }
            footer = Paging.footer(offset, page.items().size(), page.total(), "customer users of " + customerId);
        }
        table.print(System.out, !noFormat);
        if (!noFormat) {
            System.out.println(footer);
        }
        return null;
    }

    static String kind(boolean primary, boolean related) {
        if (primary) {
            return related ? "primary, related" : "primary";
        }
        return related ? "related" : "";
    }
}
