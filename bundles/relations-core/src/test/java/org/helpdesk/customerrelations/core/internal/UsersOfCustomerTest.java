package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helpdesk.customerrelations.api.dto.RelatedCustomerUser;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.Page;
import org.junit.jupiter.api.Test;

class UsersOfCustomerTest {

    private final RelationsFixture f = new RelationsFixture();
    private final UsersOfCustomer usersOf = new UsersOfCustomer(f.lookup, f.store, f.related);

    @Test
    void customerUsersOfACustomerListPrimaryUsersThenRelatedOnes() {
        f.directory(2, 3); // u1..u3 primary c1
        f.user("a" + f.u(9), f.c(2), "db");
        f.user("b" + f.u(9), f.c(2), "ldap");
        f.user("z" + f.u(9), f.c(2), "db");
        f.changes.add(f.u(2), List.of(f.c(2)), Source.API, "t");
        f.changes.add("b" + f.u(9), List.of(f.c(2)), Source.API, "t"); // primary excluded in ldap: related and primary
        Page<RelatedCustomerUser> users = usersOf.page(f.c(2), "", 0, 10);
        assertEquals(4, users.total());
        assertEquals(List.of("a" + f.u(9), "b" + f.u(9), "z" + f.u(9), f.u(2)),
                users.items().stream().map(r -> r.customerUser().login()).toList());
        assertTrue(users.items().get(0).primary());
        assertFalse(users.items().get(0).related());
        assertTrue(users.items().get(1).primary() && users.items().get(1).related());
        assertTrue(users.items().get(3).related() && !users.items().get(3).primary());

        Page<RelatedCustomerUser> page = usersOf.page(f.c(2), "", 2, 2);
        assertEquals(4, page.total());
        assertEquals(List.of("z" + f.u(9), f.u(2)), page.items().stream().map(r -> r.customerUser().login()).toList());

        Page<RelatedCustomerUser> filtered = usersOf.page(f.c(2), f.u(2), 0, 10);
        assertEquals(1, filtered.total());
        assertEquals(f.u(2), filtered.items().get(0).customerUser().login());
        assertEquals(3, usersOf.page(f.c(1), "", 0, 10).total());
    }

    @Test
    void aFilterWalksEveryPageOfTheDirectorysMatches() {
        RelationsFixture small = new RelationsFixture(2);
        small.directory(2, 5);
        for (int i : new int[] { 2, 3, 5 }) {
            small.changes.add(small.u(i), List.of(small.c(2)), Source.API, "t");
        }
        UsersOfCustomer paged = new UsersOfCustomer(small.lookup, small.store, small.related);
        Page<RelatedCustomerUser> found = paged.page(small.c(2), "u", 0, 10);
        assertEquals(3, found.total());
        assertEquals(List.of(small.u(2), small.u(3), small.u(5)),
                found.items().stream().map(r -> r.customerUser().login()).toList());
        assertEquals(List.of(small.u(5)), paged.page(small.c(2), "u", 2, 5).items().stream()
                .map(r -> r.customerUser().login()).toList());
    }

    @Test
    void aRelatedUserTheDirectoryNoLongerKnowsIsAnInvalidPlaceholder() {
        f.directory(2, 0);
        f.store.write(List.of(new Pair("gone-" + f.run, f.c(2))), List.of(), Source.API, "t");
        Page<RelatedCustomerUser> page = usersOf.page(f.c(2), "", 0, 10);
        assertEquals(1, page.total());
        RelatedCustomerUser gone = page.items().get(0);
        assertEquals(new CustomerUser("gone-" + f.run, "", "", "", "", false, ""), gone.customerUser());
        assertTrue(gone.related());
        assertFalse(gone.primary());
    }
}
