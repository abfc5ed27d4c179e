package org.helpdesk.platform.api.tickets;

/** A ticket write that was refused; nothing was written. The message names the bad value. */
public class TicketException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TicketException(String message) {
        super(message);
    }

    public TicketException(String message, Throwable cause) {
        super(message, cause);
    }
}
