package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.helpdesk.platform.api.directory.CustomerDirectory;

/** Common part of customer-validate and customer-invalidate. */
abstract class CustomerValidityAction implements Action {

    @Reference
    private CustomerDirectory customers;

    @Argument(index = 0, name = "ID", description = "customer ID", required = true)
    private String customerId;

    abstract boolean valid();

    @Override
    public Object execute() {
        String id = customers.setCustomerValid(customerId, valid(), ShellActor.current()).customerId();
        System.out.println("Customer " + id + " is now " + (valid() ? "valid" : "invalid"));
        return null;
    }
}
