package org.helpdesk.platform.portal.internal.html;

import java.util.List;

import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketScope;

/**
 * One page of "My Tickets" or "Company Tickets".
 *
 * @param scope {@link TicketScope#OWN} or {@link TicketScope#COMPANY}
 * @param filter the text filter as typed
 * @param customerId the chosen customer, or {@code null} for all
 * @param customerIds the customers to choose from; the choice is offered for two and more
 * @param page the page number, from 1
 * @param pageSize tickets per page
 * @param tickets the page's tickets and the exact total
 */
public record TicketList(TicketScope scope, String filter, String customerId, List<String> customerIds, int page,
        int pageSize, Page<Ticket> tickets) {

    public TicketList {
        customerIds = List.copyOf(customerIds);
    }

    /** @return the number of pages, at least 1 */
    public long pageCount() {
        return Math.max(1, (tickets.total() + pageSize - 1) / pageSize);
    }

    /** @return the index (from 1) of the page's first ticket, 0 when there are none */
    public long first() {
        return tickets.items().isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long last() {
        return tickets.items().isEmpty() ? 0 : first() + tickets.items().size() - 1;
    }
}
