package org.helpdesk.platform.api.access;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds customer IDs to customer users, registered as an OSGi service by any bundle (the Customer
 * Relations plugin is one). {@link CustomerAccess} asks every registered contributor on every call,
 * so a contributor that goes away, or a revoked grant, stops giving access at the next request.
 * Implementations must not cache grants.
 */
@ConsumerType
public interface CustomerIdContributor {

    /**
     * @param login an existing customer user's login, as the directory spells it
     * @return the customer IDs this contributor grants the user, each with its reason (e.g. {@code relation});
     *         empty when none
     */
    List<CustomerIdGrant> customerIds(String login);
}
