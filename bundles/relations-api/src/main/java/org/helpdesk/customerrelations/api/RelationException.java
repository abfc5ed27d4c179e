package org.helpdesk.customerrelations.api;

/** A relation write or read that was refused. Nothing was written. The message names the bad value. */
public class RelationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Reason {
        /** No customer user has this login. */
        UNKNOWN_CUSTOMER_USER,
        /** No customer has this ID. */
        UNKNOWN_CUSTOMER,
        /** The customer is the user's primary customer and the backend does not exclude it (rule R3). */
        PRIMARY_CUSTOMER,
        /** A value is empty, too long or malformed. */
        INVALID_VALUE,
        /** The database failed; nothing was written, try again. */
        DATABASE,
        /** The subject's relations changed since the version the caller read; nothing was written. */
        CONFLICT
    }

    private final Reason reason;
    private final String value;

    public RelationException(Reason reason, String value, String message) {
        super(message);
        this.reason = reason;
        this.value = value;
    }

    public RelationException(Reason reason, String value, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.value = value;
    }

    /** @return why the request was refused */
    public Reason reason() {
        return reason;
    }

    /** @return the offending value as given */
    public String value() {
        return value;
    }
}
