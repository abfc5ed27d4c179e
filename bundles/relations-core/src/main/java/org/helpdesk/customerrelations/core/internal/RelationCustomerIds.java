package org.helpdesk.customerrelations.core.internal;

import java.util.List;

import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.platform.api.access.CustomerIdContributor;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Grants customer users their related customer IDs (rule R1, part 3), sorted by customer ID. No cache: one
 * indexed query per call, so a removed relation stops granting access at the next request on every node.
 */
@Component(service = CustomerIdContributor.class)
public class RelationCustomerIds implements CustomerIdContributor {

    /** The reason of the grants. */
    public static final String REASON = "relation";

    private final RelationStore store;

    @Activate
    public RelationCustomerIds(@Reference RelationStore store) {
        this.store = store;
    }

    @Override
    public List<CustomerIdGrant> customerIds(String login) {
        if (login == null || login.isBlank()) {
            return List.of();
        }
        return store.customerIdsOf(login.strip()).stream().map(id -> new CustomerIdGrant(id, REASON)).toList();
    }
}
