package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.Test;

class DirectoryLookupTest {

    private final FakeDirectory directory = new FakeDirectory();
    private final DirectoryLookup lookup = new DirectoryLookup(directory.customers(), directory.users(), 2);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void knownValuesComeBackInTheDirectorysSpelling() {
        directory.addCustomer("Acme-" + run, "Company " + "Acme-" + run);
        directory.addUser("Anna-" + run, "Acme-" + run, "db");
        assertEquals("Acme-" + run, lookup.customer(" acme-" + run + " ").customerId());
        assertEquals("Anna-" + run, lookup.user("ANNA-" + run).login());
        assertEquals(Set.of("anna-" + run), lookup.findUsers(Arrays.asList(" Anna-" + run, null, "x")).keySet());
        assertEquals(Set.of("acme-" + run), lookup.findCustomers(Arrays.asList(null, "ACME-" + run)).keySet());
    }

    @Test
    void unknownValuesAreRefusedNamingTheValue() {
        RelationException user = assertThrows(RelationException.class, () -> lookup.user(" nobody "));
        assertEquals(Reason.UNKNOWN_CUSTOMER_USER, user.reason());
        assertEquals(" nobody ", user.value());
        assertEquals("Unknown customer user: 'nobody'", user.getMessage());
        RelationException customer = assertThrows(RelationException.class, () -> lookup.customer("none"));
        assertEquals(Reason.UNKNOWN_CUSTOMER, customer.reason());
        assertEquals("Unknown customer: 'none'", customer.getMessage());
    }

    @Test
    void malformedValuesAreRefusedBeforeTheyAreLookedUp() {
        assertEquals(Reason.INVALID_VALUE, assertThrows(RelationException.class, () -> lookup.user(" ")).reason());
        assertEquals(Reason.INVALID_VALUE,
                assertThrows(RelationException.class, () -> lookup.customer("a b")).reason());
        assertEquals(Reason.INVALID_VALUE,
                assertThrows(RelationException.class, () -> lookup.customer("x".repeat(151))).reason());
    }

    @Test
    void whatTheDirectoryNoLongerKnowsGetsAnInvalidPlaceholder() {
        assertEquals(new Customer("gone", "", false), lookup.customerOrPlaceholder("gone"));
        assertEquals(new CustomerUser("gone", "", "", "", "", false, ""), lookup.userOrPlaceholder("gone"));
        directory.addCustomer("here-" + run, "Company " + "here-" + run);
        assertEquals("Company here-" + run, lookup.customerOrPlaceholder("here-" + run).name());
    }

    @Test
    void primaryUsersAreTheDirectorysSearchNarrowedToThePrimaryCustomer() {
        directory.addCustomer("p-" + run, "Company " + "p-" + run);
        directory.addUser("zed-" + run, "P-" + run, "db");
        directory.addUser("amy-" + run, "p-" + run, "ldap");
        // found by the search (the login starts with the customer ID), but primary elsewhere
        directory.addCustomer("other-" + run, "Other").addUser("p-" + run + "-user", "other-" + run, "db");
        assertEquals(List.of("amy-" + run, "zed-" + run), logins(lookup.primaryUsersOf("p-" + run, "")));
        assertEquals(List.of("zed-" + run), logins(lookup.primaryUsersOf("p-" + run, "zed")));
    }

    @Test
    void matchesComeInKeysetPagesWithoutTheSkippedOnes() {
        for (String id : List.of("m1-", "m2-", "m3-")) {
            directory.addCustomer(id + run, "Company " + id + run);
            directory.addUser(id + run, id + run, "db");
        }
        List<List<String>> pages = new ArrayList<>();
        lookup.matchingCustomerIds(run, id -> id.startsWith("m2")).forEachRemaining(pages::add);
        assertEquals(List.of(List.of("m1-" + run), List.of("m3-" + run)), pages);
        pages.clear();
        lookup.matchingLogins("m", id -> false).forEachRemaining(pages::add);
        assertEquals(List.of(List.of("m1-" + run, "m2-" + run), List.of("m3-" + run)), pages);
    }

    @Test
    void theDirectorysRefusalsKeepTheirReasonOrBecomeDatabaseFailures() {
        Map<DirectoryException.Reason, Reason> expected = Map.of(
                DirectoryException.Reason.UNKNOWN_CUSTOMER, Reason.UNKNOWN_CUSTOMER,
                DirectoryException.Reason.UNKNOWN_CUSTOMER_USER, Reason.UNKNOWN_CUSTOMER_USER,
                DirectoryException.Reason.INVALID_VALUE, Reason.INVALID_VALUE,
                DirectoryException.Reason.DUPLICATE, Reason.DATABASE,
                DirectoryException.Reason.IN_USE, Reason.DATABASE,
                DirectoryException.Reason.DATABASE, Reason.DATABASE);
        expected.forEach((from, to) -> {
            DirectoryException cause = new DirectoryException(from, "v", "the directory says no");
            RelationException e = DirectoryLookup.relationException(cause);
            assertEquals(to, e.reason(), from.name());
            assertEquals("v", e.value());
            assertEquals("the directory says no", e.getMessage());
            assertSame(cause, e.getCause());
        });
    }

    @Test
    void aFailingDirectoryFailsTheLookupAsARelationException() {
        DirectoryException down = new DirectoryException(DirectoryException.Reason.DATABASE, "x", "down");
        DirectoryLookup failing = new DirectoryLookup(failing(CustomerDirectory.class, down),
                failing(CustomerUserDirectory.class, down), 2);
        assertSame(down, assertThrows(RelationException.class, () -> failing.user("x")).getCause());
        assertSame(down, assertThrows(RelationException.class, () -> failing.customer("x")).getCause());
        assertSame(down, assertThrows(RelationException.class, () -> failing.findUsers(List.of("x"))).getCause());
        assertSame(down, assertThrows(RelationException.class, () -> failing.findCustomers(List.of("x")))
                .getCause());
        assertSame(down, assertThrows(RelationException.class, () -> failing.primaryUsersOf("x", "")).getCause());
    }

    private static <T> T failing(Class<T> type, DirectoryException failure) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method,
                args) -> {
            throw failure;
        }));
    }

    private static List<String> logins(List<CustomerUser> users) {
        return users.stream().map(CustomerUser::login).toList();
    }
}
