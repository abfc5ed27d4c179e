package org.helpdesk.customerrelations.ui.internal;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;

/**
 * What the views need, handed to them by {@link RelationsAdminView}, which owns the service tracking:
 * the views never see OSGi. The access decision and the backends are looked up on each call, as their
 * services may come and go while a page is open.
 */
public final class RelationsServices {

    private final CustomerRelationService relations;
    private final CustomerDirectory customers;
    private final CustomerUserDirectory users;
    private final Supplier<CustomerAccess> access;
    private final Predicate<String> backendExcludesPrimary;

    /**
     * @param access the access decision, or a supplier of {@code null} while it is not available
     * @param backendExcludesPrimary whether the backend with this ID has {@code CustomerUserExcludePrimaryCustomerID} on
     */
    public RelationsServices(CustomerRelationService relations, CustomerDirectory customers,
            CustomerUserDirectory users, Supplier<CustomerAccess> access, Predicate<String> backendExcludesPrimary) {
        this.relations = relations;
        this.customers = customers;
        this.users = users;
        this.access = access;
        this.backendExcludesPrimary = backendExcludesPrimary;
    }

    public CustomerRelationService relations() {
        return relations;
    }

    public CustomerDirectory customers() {
        return customers;
    }

    public CustomerUserDirectory users() {
        return users;
    }

    public Optional<CustomerAccess> access() {
        return Optional.ofNullable(access.get());
    }

    public boolean excludesPrimary(String backendId) {
        return backendExcludesPrimary.test(backendId);
    }
}
