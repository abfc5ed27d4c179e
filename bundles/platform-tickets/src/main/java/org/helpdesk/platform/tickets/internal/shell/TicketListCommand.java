package org.helpdesk.platform.tickets.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.api.shell.TrailingOptions;
import org.helpdesk.platform.api.tickets.dto.Ticket;

@Service
@Command(scope = "helpdesk", name = "ticket-list", description = "Lists all tickets, newest first (admin view of the store).")
public class TicketListCommand implements Action {

    @Reference
    private TicketService tickets;

    @Argument(index = 0, name = "FILTER",
            description = "words that must each occur in the number, title, customer ID or customer user; * is a wildcard;"
                    + " options may follow", multiValued = true)
    private java.util.List<String> filter;

    @Option(name = "--limit", description = "at most this many rows (1-1000)")
    private int limit = 100;

    @Option(name = "--offset", description = "skip this many rows")
    private int offset;

    @Option(name = "--no-format", description = "plain lines for scripts")
    private boolean noFormat;

    @Override
    public Object execute() {
        String words = String.join(" ", TrailingOptions.apply(this, filter));
        Page<Ticket> page = tickets.searchTickets(words, offset, limit);
        Tables.tickets(page.items()).print(System.out, !noFormat);
        if (!noFormat) {
            System.out.println(page.items().size() + " of " + page.total() + " tickets");
        }
        return null;
    }
}
