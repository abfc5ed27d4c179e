package org.helpdesk.platform.tickets.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.access.CustomerIdGrant;

@Service
@Command(scope = "helpdesk", name = "customer-ids",
        description = "Shows a customer user's effective customer IDs (rule R1), each with its reason, and whether"
                + " company tickets are visible at all.")
public class CustomerIdsCommand implements Action {

    @Reference
    private CustomerAccess access;

    @Argument(index = 0, name = "LOGIN", description = "the customer user's login (ignoring case)", required = true)
    private String login;

    @Override
    public Object execute() {
        AccessDecision decision = access.decide(login);
        for (CustomerIdGrant grant : decision.customerIds()) {
            System.out.println(grant);
        }
        if (decision.customerIds().isEmpty()) {
            System.out.println("(no customer IDs)");
        }
        System.out.println(decision.companyTicketAccessDisabled()
                ? "Company tickets: not visible (CustomerDisableCompanyTicketAccess is on); own tickets only"
                : "Company tickets: visible");
        return null;
    }
}
