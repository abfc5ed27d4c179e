package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;

@Service
@Command(scope = "helpdesk", name = "customer-user-add", description = "Creates a customer user in the database backend.")
public class CustomerUserAddCommand implements Action {

    @Reference
    private CustomerUserDirectory users;

    @Argument(index = 0, name = "LOGIN", description = "login, unique ignoring case", required = true)
    private String login;

    @Option(name = "--customer", description = "primary customer ID", required = true)
    private String customer;

    @Option(name = "--first", description = "first name")
    private String first;

    @Option(name = "--last", description = "last name")
    private String last;

    @Option(name = "--email", description = "e-mail address")
    private String email;

    @Option(name = "--password", description = "password for the customer portal")
    private String password;

    @Override
    public Object execute() {
        CustomerUserDraft draft = new CustomerUserDraft(first, last, email, customer,
                password == null ? null : password.toCharArray());
        System.out.println("Created customer user " + users.createCustomerUser(login, draft, ShellActor.current()).label());
        return null;
    }
}
