package org.helpdesk.customerrelations.api.dto;

import java.util.Objects;

import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * A customer user as seen from one customer.
 *
 * @param customerUser the customer user
 * @param related whether a relation exists
 * @param primary whether the customer is the user's primary customer
 */
public record RelatedCustomerUser(CustomerUser customerUser, boolean related, boolean primary) {

    public RelatedCustomerUser {
        Objects.requireNonNull(customerUser, "customerUser");
    }
}
