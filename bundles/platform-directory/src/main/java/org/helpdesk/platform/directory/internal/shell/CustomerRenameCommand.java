package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.CustomerDirectory;

@Service
@Command(scope = "helpdesk", name = "customer-rename", description = "Changes a customer ID; customer users and relations follow.")
public class CustomerRenameCommand implements Action {

    @Reference
    private CustomerDirectory customers;

    @Argument(index = 0, name = "OLD", description = "current customer ID", required = true)
    private String oldId;

    @Argument(index = 1, name = "NEW", description = "new customer ID", required = true)
    private String newId;

    @Override
    public Object execute() {
        System.out.println("Renamed customer " + oldId + " to " + customers.changeCustomerId(oldId, newId,
                ShellActor.current()).customerId());
        return null;
    }
}
