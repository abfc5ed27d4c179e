package org.helpdesk.customerrelations.api.dto;

import java.util.Objects;

/**
 * One pair of a batch: relate or unrelate a customer user and a customer.
 *
 * @param operation what to do
 * @param login the customer user's login, as given
 * @param customerId the customer ID, as given
 * @since 1.1
 */
public record BatchChange(Operation operation, String login, String customerId) {

    /** Relate or unrelate. */
    public enum Operation {
        ADD, REMOVE
    }

    public BatchChange {
        Objects.requireNonNull(operation, "operation");
    }
}
