package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;

/** Common part of customer-user-validate and customer-user-invalidate. */
abstract class CustomerUserValidityAction implements Action {

    @Reference
    private CustomerUserDirectory users;

    @Argument(index = 0, name = "LOGIN", description = "login", required = true)
    private String login;

    abstract boolean valid();

    @Override
    public Object execute() {
        String changed = users.setCustomerUserValid(login, valid(), ShellActor.current()).login();
        System.out.println("Customer user " + changed + " is now " + (valid() ? "valid" : "invalid"));
        return null;
    }
}
