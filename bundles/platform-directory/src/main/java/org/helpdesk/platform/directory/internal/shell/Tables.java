package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.support.table.ShellTable;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/** The tables that list commands print. */
final class Tables {

    private Tables() {
    }

    static ShellTable customers(Iterable<Customer> customers) {
        ShellTable table = new ShellTable();
        table.column("Customer ID");
        table.column("Name");
        table.column("Valid");
        for (Customer c : customers) {
            table.addRow().addContent(c.customerId(), c.name(), c.valid() ? "valid" : "invalid");
        }
        return table;
    }

    static ShellTable customerUsers(Iterable<CustomerUser> users) {
        ShellTable table = new ShellTable();
        table.column("Login");
        table.column("First name");
        table.column("Last name");
        table.column("E-mail");
        table.column("Customer ID");
        table.column("Valid");
        table.column("Backend");
        for (CustomerUser u : users) {
            table.addRow().addContent(u.login(), u.firstName(), u.lastName(), u.email(), u.primaryCustomerId(),
                    u.valid() ? "valid" : "invalid", u.backend());
        }
        return table;
    }
}
