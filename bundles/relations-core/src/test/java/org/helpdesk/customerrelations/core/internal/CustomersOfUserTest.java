package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.RelatedCustomer;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.Page;
import org.junit.jupiter.api.Test;

class CustomersOfUserTest {

    private final RelationsFixture f = new RelationsFixture();
    private final CustomersOfUser customers = new CustomersOfUser(f.lookup, f.store, f.related);

    @Test
    void customersOfAUserListThePrimaryFirstThenRelatedPagedWithExactCount() {
        f.directory(5, 1);
        f.changes.add(f.u(1), List.of(f.c(4), f.c(2), f.c(3)), Source.API, "t");
        Page<RelatedCustomer> all = customers.page(f.u(1), "", 0, 10);
        assertEquals(4, all.total());
        assertEquals(List.of(f.c(1), f.c(2), f.c(3), f.c(4)),
                all.items().stream().map(r -> r.customer().customerId()).toList());
        assertTrue(all.items().get(0).primary());
        assertFalse(all.items().get(0).related());
        assertTrue(all.items().get(1).related());
        assertFalse(all.items().get(1).primary());

        Page<RelatedCustomer> second = customers.page(f.u(1), null, 1, 2);
        assertEquals(4, second.total());
        assertEquals(List.of(f.c(2), f.c(3)), second.items().stream().map(r -> r.customer().customerId()).toList());

        Page<RelatedCustomer> filtered = customers.page(f.u(1), f.c(3), 0, 10);
        assertEquals(1, filtered.total());
        assertEquals(f.c(3), filtered.items().get(0).customer().customerId());
        assertEquals(4, customers.page(f.u(1), f.run, 0, 10).total());
        assertEquals(Reason.UNKNOWN_CUSTOMER_USER, assertThrows(RelationException.class,
                () -> customers.page("nobody-" + f.run, "", 0, 10)).reason());
        assertThrows(IllegalArgumentException.class, () -> customers.page(f.u(1), "", 0, 0));
    }

    @Test
    void aFilterWalksEveryPageOfTheDirectorysMatches() {
        RelationsFixture small = new RelationsFixture(2);
        small.directory(6, 1);
        small.changes.add(small.u(1), List.of(small.c(2), small.c(5), small.c(6)), Source.API, "t");
        CustomersOfUser paged = new CustomersOfUser(small.lookup, small.store, small.related);
        Page<RelatedCustomer> all = paged.page(small.u(1), small.run, 0, 10);
        assertEquals(4, all.total());
        assertEquals(List.of(small.c(1), small.c(2), small.c(5), small.c(6)),
                all.items().stream().map(r -> r.customer().customerId()).toList());
        Page<RelatedCustomer> second = paged.page(small.u(1), small.run, 1, 2);
        assertEquals(4, second.total());
        assertEquals(List.of(small.c(2), small.c(5)),
                second.items().stream().map(r -> r.customer().customerId()).toList());
    }

    @Test
    void aRelatedCustomerTheDirectoryNoLongerKnowsIsAnInvalidPlaceholder() {
        f.directory(2, 1);
        f.store.write(List.of(new Pair(f.u(1), "gone-" + f.run)), List.of(), Source.API, "t");
        Page<RelatedCustomer> page = customers.page(f.u(1), "", 0, 10);
        assertEquals(2, page.total());
        RelatedCustomer gone = page.items().get(1);
        assertEquals(new Customer("gone-" + f.run, "", false), gone.customer());
        assertTrue(gone.related());
        assertFalse(gone.primary());
    }
}
