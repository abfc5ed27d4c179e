package org.helpdesk.platform.api.directory;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A source of customer users with its own settings, registered as an OSGi service per configured
 * backend (Karaf factory configuration). {@link org.helpdesk.platform.api.directory.dto.CustomerUser#backend()}
 * names the backend of each record.
 */
@ProviderType
public interface CustomerUserBackend {

    /** Service property holding {@link #id()}. */
    String ID_PROPERTY = "backend.id";

    /** @return the backend's ID */
    String id();

    /** @return the setting {@code CustomerUserExcludePrimaryCustomerID}: leave the primary customer out of a user's customer IDs */
    boolean excludePrimaryCustomerId();

    /**
     * @return the extra customer IDs this backend delivers for the user (the OTRS {@code UserCustomerIDs}
     *         field), in their own order; empty when the backend has no such field or the login is unknown
     */
    List<String> extraCustomerIds(String login);
}
