package org.helpdesk.customerrelations.api.dto;

/** The side of a relation that an operation is about. */
public enum Side {
    /** The subject is a customer user's login; the other side are customer IDs. */
    CUSTOMER_USER,
    /** The subject is a customer ID; the other side are logins. */
    CUSTOMER
}
