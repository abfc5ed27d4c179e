package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.junit.jupiter.api.Test;

class RelationCustomerIdsTest {

    private final RelationsFixture f = new RelationsFixture();

    @Test
    void theContributorGrantsRelatedIdsSortedAndAtOnce() {
        f.directory(4, 1);
        RelationCustomerIds contributor = new RelationCustomerIds(f.store);
        f.changes.add(f.u(1), List.of(f.c(3), f.c(2)), Source.API, "t");
        assertEquals(List.of(new CustomerIdGrant(f.c(2), "relation"), new CustomerIdGrant(f.c(3), "relation")),
                contributor.customerIds(f.u(1).toUpperCase()));
        f.changes.remove(f.u(1), List.of(f.c(2)), Source.API, "t");
        assertEquals(List.of(new CustomerIdGrant(f.c(3), "relation")), contributor.customerIds(f.u(1)));
    }
}
