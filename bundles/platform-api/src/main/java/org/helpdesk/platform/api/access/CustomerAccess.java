package org.helpdesk.platform.api.access;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one place that decides which customer IDs a customer user has (rule R1) and which tickets
 * they see (rule R2). Nothing is cached: every call reads the directory, the backends' settings,
 * every {@link CustomerIdContributor} and the setting {@code CustomerDisableCompanyTicketAccess} as
 * they are now.
 */
@ProviderType
public interface CustomerAccess {

    /**
     * @param login a customer user's login, matched ignoring case
     * @return the user's effective customer IDs and the switch, as of now
     * @throws org.helpdesk.platform.api.directory.DirectoryException with reason
     *         {@code UNKNOWN_CUSTOMER_USER} for an unknown login
     */
    AccessDecision decide(String login);

    /** @return the system setting {@code CustomerDisableCompanyTicketAccess} as it is now */
    boolean companyTicketAccessDisabled();
}
