package org.helpdesk.platform.api.tickets;

import java.util.Optional;

import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.tickets.dto.CustomerTicketQuery;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketState;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's tickets. Customer-facing reads ({@link #customerTickets}, {@link #openAsCustomer})
 * take their rule from {@link org.helpdesk.platform.api.access.CustomerAccess} at each call and
 * filter in SQL; admin reads ({@link #searchTickets}, {@link #findTicket}) see everything.
 */
@ProviderType
public interface TicketService {

    /** Longest title. */
    int MAX_TITLE_LENGTH = 255;

    /**
     * Creates an open ticket.
     *
     * @return the new ticket with its number
     * @throws TicketException for an empty or too long title, or an unknown customer or customer user
     */
    Ticket createTicket(String customerId, String customerUserLogin, String title, String actor);

    /** Opens or closes a ticket. @throws TicketException for an unknown number */
    Ticket setState(String number, TicketState state, String actor);

    /** @return the ticket with this number, for admins */
    Optional<Ticket> findTicket(String number);

    /**
     * @param filter text in the number, title, customer ID or customer user (case-insensitive); empty for all
     * @return one page of all tickets, newest first, with the exact total, for admins
     */
    Page<Ticket> searchTickets(String filter, int offset, int limit);

    /**
     * @return one page of the tickets the query's customer user may see (rule R2), newest first, with the
     *         exact total
     * @throws org.helpdesk.platform.api.directory.DirectoryException for an unknown login
     */
    Page<Ticket> customerTickets(CustomerTicketQuery query);

    /**
     * @return the ticket with this number when the customer user may see it (rule R2); empty when it does not
     *         exist or is not visible, so callers cannot tell the two apart
     */
    Optional<Ticket> openAsCustomer(String login, String number);
}
