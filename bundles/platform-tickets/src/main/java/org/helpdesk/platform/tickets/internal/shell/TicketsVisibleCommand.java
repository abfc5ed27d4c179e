package org.helpdesk.platform.tickets.internal.shell;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.shell.TrailingOptions;
import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.api.tickets.dto.CustomerTicketQuery;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketScope;

@Service
@Command(scope = "helpdesk", name = "tickets-visible",
        description = "Lists the tickets a customer user may see (rule R2), newest first, through the same service"
                + " as the portal.")
public class TicketsVisibleCommand implements Action {

    @Reference
    private TicketService tickets;

    @Argument(index = 0, name = "LOGIN", description = "the customer user's login (ignoring case)", required = true)
    private String login;

    @Argument(index = 1, name = "OPTIONS", description = "options given after the login", multiValued = true)
    private List<String> more;

    @Option(name = "--scope", description = "ALL_VISIBLE (default), OWN or COMPANY")
    private String scope = "ALL_VISIBLE";

    @Option(name = "--limit", description = "at most this many tickets")
    private int limit = 10_000;

    @Option(name = "--no-format", description = "one line per ticket: number, a space, the title")
    private boolean noFormat;

    @Override
    public Object execute() {
        List<String> extra = TrailingOptions.apply(this, more);
        if (!extra.isEmpty()) {
            throw new IllegalArgumentException("One login only, not also '" + String.join(" ", extra) + "'");
        }
        TicketScope ticketScope;
        try {
            ticketScope = TicketScope.valueOf(scope.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown scope '" + scope + "': use ALL_VISIBLE, OWN or COMPANY");
        }
        List<Ticket> all = new ArrayList<>();
        long total = 0;
        for (int offset = 0; offset < limit; offset += 1000) {
            Page<Ticket> page = tickets.customerTickets(new CustomerTicketQuery(login, ticketScope, null, "", offset,
                    Math.min(1000, limit - offset)));
            all.addAll(page.items());
            total = page.total();
            if (all.size() >= total || page.items().isEmpty()) {
                break;
            }
        }
        if (noFormat) {
            all.forEach(t -> System.out.println(t.number() + " " + t.title()));
        } else {
            Tables.tickets(all).print(System.out, true);
            System.out.println(all.size() + " of " + total + " tickets visible to " + login);
        }
        return null;
    }
}
