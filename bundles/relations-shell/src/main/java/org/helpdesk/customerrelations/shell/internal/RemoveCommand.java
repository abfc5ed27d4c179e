package org.helpdesk.customerrelations.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.Source;

@Service
@Command(scope = "customer-relations", name = "remove",
        description = "Removes relations of a customer user to customers (one transaction; missing ones are no-ops).")
public class RemoveCommand implements Action {

    @Reference
    private CustomerRelationService relations;

    @Argument(index = 0, name = "LOGIN", description = "the customer user's login", required = true)
    @Completion(LoginCompleter.class)
    private String login;

    @Argument(index = 1, name = "CUSTOMER_ID", description = "customer IDs to unrelate", required = true,
            multiValued = true)
    @Completion(CustomerIdCompleter.class)
    private List<String> customerIds;

    @Override
    public Object execute() {
        ShellActor.requireAdmin();
        ChangeResult result = relations.remove(login, customerIds, Source.SHELL, ShellActor.current());
        System.out.println("Unrelated " + login + " from " + String.join(", ", customerIds) + ": " + result.removed()
                + " removed, " + result.unchanged() + " not related");
        return null;
    }
}
