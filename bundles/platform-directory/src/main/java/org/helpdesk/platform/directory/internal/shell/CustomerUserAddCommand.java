package org.helpdesk.platform.directory.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.shell.TrailingOptions;

@Service
@Command(scope = "helpdesk", name = "customer-user-add", description = "Creates a customer user in the database backend.")
public class CustomerUserAddCommand implements Action {

    @Reference
    private CustomerUserDirectory users;

    @Argument(index = 0, name = "LOGIN", description = "login, unique ignoring case", required = true)
    private String login;

    @Argument(index = 1, name = "OPTIONS", description = "the options may also follow the login", multiValued = true)
    private List<String> trailing;

    @Option(name = "--customer", description = "primary customer ID (required)")
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
        List<String> extra = TrailingOptions.apply(this, trailing);
        if (!extra.isEmpty()) {
            throw new IllegalArgumentException("Unexpected value after the login: " + extra.get(0));
        }
        if (customer == null || customer.isBlank()) {
            throw new IllegalArgumentException("The primary customer is required: --customer ID");
        }
        CustomerUserDraft draft = new CustomerUserDraft(first, last, email, customer,
                password == null ? null : password.toCharArray());
        System.out.println("Created customer user " + users.createCustomerUser(login, draft, ShellActor.current()).label());
        return null;
    }
}
