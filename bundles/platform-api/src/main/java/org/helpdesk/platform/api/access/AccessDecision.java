package org.helpdesk.platform.api.access;

import java.util.List;
import java.util.Objects;

/**
 * What a customer user may see, decided by {@link CustomerAccess} at one moment.
 *
 * @param login the user's login as the directory spells it
 * @param customerIds the effective customer IDs in rule R1's order, without duplicates (ignoring case)
 * @param companyTicketAccessDisabled the system setting {@code CustomerDisableCompanyTicketAccess}
 */
public record AccessDecision(String login, List<CustomerIdGrant> customerIds, boolean companyTicketAccessDisabled) {

    public AccessDecision {
        Objects.requireNonNull(login, "login");
        customerIds = List.copyOf(customerIds);
    }

    /** @return the customer IDs whose tickets the user sees: none when company ticket access is disabled */
    public List<String> companyCustomerIds() {
        return companyTicketAccessDisabled ? List.of() : customerIds.stream().map(CustomerIdGrant::customerId).toList();
    }

    /**
     * Rule R2.
     *
     * @return whether the user sees a ticket of this customer ID and customer user
     */
    public boolean maySee(String ticketCustomerId, String ticketCustomerUser) {
        if (ticketCustomerUser != null && ticketCustomerUser.equalsIgnoreCase(login)) {
            return true;
        }
        return ticketCustomerId != null
                && companyCustomerIds().stream().anyMatch(id -> id.equalsIgnoreCase(ticketCustomerId));
    }
}
