package org.helpdesk.customerrelations.api.dto;

import java.util.Objects;

import org.helpdesk.platform.api.directory.dto.Customer;

/**
 * A customer as seen from one customer user.
 *
 * @param customer the customer
 * @param related whether a relation exists
 * @param primary whether it is the user's primary customer
 */
public record RelatedCustomer(Customer customer, boolean related, boolean primary) {

    public RelatedCustomer {
        Objects.requireNonNull(customer, "customer");
    }
}
