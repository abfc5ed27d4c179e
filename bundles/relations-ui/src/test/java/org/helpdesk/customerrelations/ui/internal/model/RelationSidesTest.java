package org.helpdesk.customerrelations.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.ui.internal.fakes.FakeRelations;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.testsupport.directory.FakeCustomerUsers;
import org.helpdesk.testsupport.directory.FakeCustomers;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.Test;

class RelationSidesTest {

    private final FakeRelations relations = new FakeRelations().relate("alice", "globex").relate("alice", "old");
    private final FakeDirectory directory = new FakeDirectory().addCustomer("acme", "Acme Corp", true)
            .addCustomer("globex", "Globex", true).addCustomer("initech", "Initech", true).addCustomer("old", "Old Ltd", false)
            .addUser("alice", "acme", "db").addUser("bob", "acme", "ldap").addUser("carol", "globex", "db");
    private final FakeCustomers customers = directory.customers();
    private final FakeCustomerUsers users = directory.users();
    private final CustomerUser alice = users.findCustomerUser("alice").orElseThrow();
    private static final String HERE = "/admin/customer-relations/user/alice?search=x";

    @Test
    void theUsersPageListsAllCustomersWithTheirState() {
        RelationSide side = new CustomersOfUser(relations, customers, alice, false);
        assertEquals(Side.CUSTOMER_USER, side.side());
        assertEquals("alice", side.subject());
        List<RelationRow> rows = side.rows("", 0, 50, HERE);
        assertEquals(List.of("acme", "globex", "initech", "old"), rows.stream().map(RelationRow::id).toList());
        assertEquals(new RelationRow("acme", "acme Acme Corp", true, true, true, false,
                "/admin/customers/edit/acme?return=%2Fadmin%2Fcustomer-relations%2Fuser%2Falice%3Fsearch%3Dx"), rows.get(0));
        assertTrue(rows.get(1).stored());
        assertFalse(rows.get(2).stored());
        RelationRow old = rows.get(3);
        assertTrue(old.stored() && !old.valid(), "a related invalid customer is shown, marked invalid");
        assertEquals(4, side.count(""));
    }

    @Test
    void thePrimaryIsSelectableWhenTheBackendExcludesIt() {
        RelationRow acme = new CustomersOfUser(relations, customers, alice, true).rows("acme", 0, 50, HERE).get(0);
        assertTrue(acme.primary());
        assertFalse(acme.locked());
    }

    @Test
    void theCustomersPageMarksPrimaryUsersPerBackend() {
        Customer acme = customers.findCustomer("acme").orElseThrow();
        RelationSide side = new UsersOfCustomer(relations, users, acme, "ldap"::equals);
        List<RelationRow> rows = side.rows("", 0, 50, "/admin/customer-relations/customer/acme");
        assertEquals(List.of("alice", "bob", "carol"), rows.stream().map(RelationRow::id).toList());
        assertTrue(rows.get(0).primary() && rows.get(0).locked(), "db backend includes the primary");
        assertTrue(rows.get(1).primary() && !rows.get(1).locked(), "ldap backend excludes it");
        assertFalse(rows.get(2).primary());
        assertEquals("/admin/customer-users/edit/carol?return=%2Fadmin%2Fcustomer-relations%2Fcustomer%2Facme",
                rows.get(2).editLink());
        assertTrue(new UsersOfCustomer(relations, users, customers.findCustomer("globex").orElseThrow(), id -> false)
                .rows("alice", 0, 50, "/admin/x").get(0).stored());
    }

    @Test
    void largeWindowsArePagedBelowTheDirectoryLimit() {
        FakeDirectory manyCustomers = new FakeDirectory();
        for (int i = 0; i < 2500; i++) {
            manyCustomers.addCustomer(String.format("c%05d", i), "Company " + i, true);
        }
        FakeCustomers many = manyCustomers.customers();
        List<RelationRow> rows = new CustomersOfUser(relations, many, alice, false).rows("", 100, 2200, HERE);
        assertEquals(2200, rows.size());
        assertEquals("c00100", rows.get(0).id());
        assertEquals(List.of("search  100+1000", "search  1100+1000", "search  2100+200"), many.calls());
    }

    @Test
    void membershipIsAskedOfTheDirectoryNarrowedByTheRecord() {
        RelationSide side = new CustomersOfUser(relations, customers, alice, false);
        assertTrue(side.matches("corp", "acme"));
        assertFalse(side.matches("corp", "globex"));
        assertTrue(side.matches("", "globex"), "an empty filter matches everything");
        assertTrue(customers.calls().contains("matching corp acme after null"));
    }

    @Test
    void membershipPagesOnUntilItFindsTheRecord() {
        FakeDirectory manyCustomers = new FakeDirectory();
        for (int i = 0; i < 2500; i++) {
            manyCustomers.addCustomer(String.format("x%05d", i), "Same Name", true);
        }
        FakeCustomers many = manyCustomers.customers();
        assertTrue(DirectoryMatch.matches("same", "x02400",
                (f, after, limit) -> many.matchingCustomerIds("same x", Validity.ALL, after, limit)));
        assertFalse(DirectoryMatch.matches("other", "x02400",
                (f, after, limit) -> many.matchingCustomerIds(f, Validity.ALL, after, limit)));
    }

    @Test
    void bulkScopeCoversEverythingUnderItsOwnSearchAndAsksOtherwise() {
        RelationSide side = new CustomersOfUser(relations, customers, alice, false);
        BulkScope scope = new BulkScope(side);
        PendingChanges pending = new PendingChanges();
        assertFalse(scope.covers(pending, "", "acme"), "no bulk, nothing covered");
        pending.setAll("corp", true, 1, id -> false);
        int before = customers.calls().size();
        assertTrue(scope.covers(pending, "CORP", "globex"), "same search: every shown row matches it");
        assertEquals(before, customers.calls().size());
        assertFalse(scope.covers(pending, "", "globex"));
        assertTrue(scope.covers(pending, "", "acme"));
        int asked = customers.calls().size();
        scope.covers(pending, "", "acme");
        assertEquals(asked, customers.calls().size(), "answers are kept");
    }
}
