package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;

@Service
@Command(scope = "helpdesk", name = "customer-user-delete", description = "Deletes a customer user; their relations are removed.")
public class CustomerUserDeleteCommand implements Action {

    @Reference
    private CustomerUserDirectory users;

    @Argument(index = 0, name = "LOGIN", description = "login", required = true)
    private String login;

    @Override
    public Object execute() {
        users.deleteCustomerUser(login, ShellActor.current());
        System.out.println("Deleted customer user " + login);
        return null;
    }
}
