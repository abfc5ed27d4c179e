package org.helpdesk.customerrelations.api.dto;

import java.time.Instant;
import java.util.Objects;

/**
 * A relation of a customer user to an additional customer.
 *
 * @param login the customer user's login
 * @param customerId the related customer's ID
 * @param createdAt when it was first added (kept by repeated adds)
 * @param createdBy who added it
 * @param changedAt when it was last changed
 * @param changedBy who changed it last
 */
public record Relation(String login, String customerId, Instant createdAt, String createdBy, Instant changedAt,
        String changedBy) {

    public Relation {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(customerId, "customerId");
    }
}
