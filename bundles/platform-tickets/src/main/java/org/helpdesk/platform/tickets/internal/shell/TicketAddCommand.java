package org.helpdesk.platform.tickets.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.shell.TrailingOptions;
import org.helpdesk.platform.api.tickets.TicketService;

@Service
@Command(scope = "helpdesk", name = "ticket-add", description = "Creates an open ticket and prints its number.")
public class TicketAddCommand implements Action {

    @Reference
    private TicketService tickets;

    // Not "required": Karaf would check that before the options after the title are read.
    @Option(name = "--customer", description = "the ticket's customer ID (required)")
    private String customerId;

    @Option(name = "--customer-user", description = "login of the customer user the ticket belongs to (required)")
    private String login;

    @Argument(index = 0, name = "TITLE", description = "the title (1-255 characters); several words are joined; options may follow",
            required = true, multiValued = true)
    private List<String> title;

    @Override
    public Object execute() {
        String text = String.join(" ", TrailingOptions.apply(this, title));
        if (customerId == null) {
            throw new IllegalArgumentException("--customer ID is required");
        }
        if (login == null) {
            throw new IllegalArgumentException("--customer-user LOGIN is required");
        }
        System.out.println(tickets.createTicket(customerId, login, text, ShellActor.current()).number());
        return null;
    }
}
