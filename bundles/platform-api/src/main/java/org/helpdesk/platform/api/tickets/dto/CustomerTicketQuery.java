package org.helpdesk.platform.api.tickets.dto;

import java.util.Objects;

/**
 * A customer user's query for the tickets they may see, newest first.
 *
 * @param login the customer user's login
 * @param scope which visible tickets
 * @param customerId only tickets of this customer ID (ignoring case), or {@code null} for all of the scope
 * @param filter text that must occur in the number or title (case-insensitive), may be empty
 * @param offset index of the first ticket to return, from 0
 * @param limit the maximum number of tickets to return, 1 to 1000
 */
public record CustomerTicketQuery(String login, TicketScope scope, String customerId, String filter, int offset,
        int limit) {

    public CustomerTicketQuery {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(scope, "scope");
        filter = filter == null ? "" : filter.strip();
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1 to 1000: " + limit);
        }
    }
}
