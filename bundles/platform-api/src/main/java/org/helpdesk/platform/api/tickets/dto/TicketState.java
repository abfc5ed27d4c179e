package org.helpdesk.platform.api.tickets.dto;

/** The state of a ticket. */
public enum TicketState {
    OPEN, CLOSED
}
