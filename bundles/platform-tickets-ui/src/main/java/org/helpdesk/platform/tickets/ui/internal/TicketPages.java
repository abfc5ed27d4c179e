package org.helpdesk.platform.tickets.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.api.tickets.dto.Ticket;

/**
 * Answers a lazy grid from {@link TicketService#searchTickets}: the grid's window (offset, limit)
 * becomes pages of at most {@link #MAX_LIMIT}, so only the visible rows are loaded.
 */
final class TicketPages {

    static final int MAX_LIMIT = 1000;

    private final TicketService tickets;

    TicketPages(TicketService tickets) {
        this.tickets = tickets;
    }

    Stream<Ticket> fetch(int offset, int limit, String filter) {
        List<Ticket> result = new ArrayList<>();
        int from = offset;
        int remaining = limit;
        while (remaining > 0) {
            int page = Math.min(remaining, MAX_LIMIT);
            List<Ticket> items = tickets.searchTickets(filter, from, page).items();
            result.addAll(items);
            if (items.size() < page) {
                break;
            }
            from += page;
            remaining -= page;
        }
        return result.stream();
    }

    /** @return the exact number of matching tickets, capped at what a grid can take */
    int count(String filter) {
        return (int) Math.min(Integer.MAX_VALUE, tickets.searchTickets(filter, 0, 1).total());
    }
}
