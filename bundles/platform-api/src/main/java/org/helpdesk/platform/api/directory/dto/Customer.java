package org.helpdesk.platform.api.directory.dto;

import java.util.Objects;

/**
 * A customer (company).
 *
 * @param customerId the ID as spelled when created or renamed; unique ignoring case
 * @param name the company name
 * @param valid {@code false} when switched off (kept for history)
 */
public record Customer(String customerId, String name, boolean valid) {

    public Customer {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(name, "name");
    }

    /** @return e.g. {@code acme Acme Corp} */
    public String label() {
        return customerId + " " + name;
    }
}
