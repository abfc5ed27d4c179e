package org.helpdesk.platform.tickets.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.tickets.TicketService;

@Service
@Command(scope = "helpdesk", name = "ticket-add", description = "Creates an open ticket and prints its number.")
public class TicketAddCommand implements Action {

    @Reference
    private TicketService tickets;

    @Option(name = "--customer", description = "the ticket's customer ID", required = true)
    private String customerId;

    @Option(name = "--customer-user", description = "login of the customer user the ticket belongs to", required = true)
    private String login;

    @Argument(index = 0, name = "TITLE", description = "the title (1-255 characters); several words are joined",
            required = true, multiValued = true)
    private List<String> title;

    @Override
    public Object execute() {
        System.out.println(tickets.createTicket(customerId, login, String.join(" ", title), ShellActor.current())
                .number());
        return null;
    }
}
