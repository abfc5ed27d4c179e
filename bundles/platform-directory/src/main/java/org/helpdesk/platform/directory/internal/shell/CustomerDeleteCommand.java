package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.CustomerDirectory;

@Service
@Command(scope = "helpdesk", name = "customer-delete", description = "Deletes a customer that is nobody's primary customer.")
public class CustomerDeleteCommand implements Action {

    @Reference
    private CustomerDirectory customers;

    @Argument(index = 0, name = "ID", description = "customer ID", required = true)
    private String customerId;

    @Override
    public Object execute() {
        customers.deleteCustomer(customerId, ShellActor.current());
        System.out.println("Deleted customer " + customerId);
        return null;
    }
}
