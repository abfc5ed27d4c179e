package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.CustomerDirectory;

@Service
@Command(scope = "helpdesk", name = "customer-add", description = "Creates a customer (company).")
public class CustomerAddCommand implements Action {

    @Reference
    private CustomerDirectory customers;

    @Argument(index = 0, name = "ID", description = "customer ID, unique ignoring case", required = true)
    private String customerId;

    @Argument(index = 1, name = "NAME", description = "company name", required = true)
    private String name;

    @Override
    public Object execute() {
        System.out.println("Created customer " + customers.createCustomer(customerId, name, ShellActor.current()).label());
        return null;
    }
}
