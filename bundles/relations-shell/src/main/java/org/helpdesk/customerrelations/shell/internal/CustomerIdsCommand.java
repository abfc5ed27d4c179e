package org.helpdesk.customerrelations.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.access.CustomerIdGrant;

@Service
@Command(scope = "customer-relations", name = "customer-ids",
        description = "Shows a customer user's effective customer IDs (rule R1) with the reason for each, as the "
                + "platform's access decision sees them now.")
public class CustomerIdsCommand implements Action {

    @Reference
    private CustomerAccess access;

    @Argument(index = 0, name = "LOGIN", description = "the customer user's login", required = true)
    @Completion(LoginCompleter.class)
    private String login;

    @Option(name = "--no-format", description = "plain tab-separated lines for scripts")
    private boolean noFormat;

    @Override
    public Object execute() {
        ShellActor.requireAdmin();
        AccessDecision decision = access.decide(login);
        ShellTable table = new ShellTable();
        table.column("Customer ID");
        table.column("Reason");
        for (CustomerIdGrant grant : decision.customerIds()) {
            table.addRow().addContent(grant.customerId(), grant.reason());
        }
        table.print(System.out, !noFormat);
        if (!noFormat) {
            System.out.println(decision.customerIds().size() + " customer IDs of " + decision.login()
                    + "; company tickets " + (decision.companyTicketAccessDisabled()
                            ? "off (CustomerDisableCompanyTicketAccess is on)" : "on"));
        }
        return null;
    }
}
