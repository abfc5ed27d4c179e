package org.helpdesk.platform.api.directory;

/**
 * A directory write or lookup that was refused. Nothing was written. The message names the bad value.
 */
public class DirectoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Reason {
        /** An ID, login, name or e-mail is empty, too long or malformed. */
        INVALID_VALUE,
        /** A customer ID or login exists already (ignoring case). */
        DUPLICATE,
        /** No customer has this ID. */
        UNKNOWN_CUSTOMER,
        /** No customer user has this login. */
        UNKNOWN_CUSTOMER_USER,
        /** The record is still needed, e.g. a customer that is the primary customer of users. */
        IN_USE,
        /** The database failed; try again. */
        DATABASE,
        /**
         * A customer-user backend (e.g. an LDAP server) did not answer within its timeout or refused the
         * connection; nothing was written. Try again when it is back.
         *
         * @since 1.2
         */
        BACKEND_UNAVAILABLE,
        /**
         * The customer user comes from a read-only backend (e.g. LDAP): edit it there.
         *
         * @since 1.2
         */
        READ_ONLY
    }

    private final Reason reason;
    private final String value;

    public DirectoryException(Reason reason, String value, String message) {
        super(message);
        this.reason = reason;
        this.value = value;
    }

    public DirectoryException(Reason reason, String value, String message, Throwable cause) {
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
