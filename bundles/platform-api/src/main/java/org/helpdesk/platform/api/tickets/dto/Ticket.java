package org.helpdesk.platform.api.tickets.dto;

import java.time.Instant;
import java.util.Objects;

/**
 * A ticket.
 *
 * @param number the unique, human-readable ticket number
 * @param title the title
 * @param state open or closed
 * @param customerId the ticket's customer ID
 * @param customerUserLogin the login of the customer user the ticket belongs to
 * @param createdAt when it was created
 */
public record Ticket(String number, String title, TicketState state, String customerId, String customerUserLogin,
        Instant createdAt) {

    public Ticket {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(customerUserLogin, "customerUserLogin");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
