package org.helpdesk.platform.api.tickets.dto;

/** Which of the tickets visible to a customer user a query returns. */
public enum TicketScope {
    /** The user's own tickets ("My Tickets"), whatever the switch. */
    OWN,
    /** Tickets visible through the user's customer IDs ("Company Tickets"); none while company access is disabled. */
    COMPANY,
    /** Every ticket the user may see: own and company tickets. */
    ALL_VISIBLE
}
