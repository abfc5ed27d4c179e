package org.helpdesk.testsupport.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the real directory does, through the API only: search words, counts, order, paging, case rules, checks
 * and errors. Written against the real {@code DbCustomerDirectory} and {@code DbCustomerUserDirectory} on Derby
 * (they pass these tests too), so that the fake is held to them. Each test starts with the same data, written
 * through the API.
 */
abstract class DirectoryContract {

    private CustomerDirectory customers;
    private CustomerUserDirectory users;

    /** @return a fresh, empty directory: customers and customer users on the same records */
    protected abstract Directories emptyDirectory();

    protected record Directories(CustomerDirectory customers, CustomerUserDirectory users) {
    }

    @BeforeEach
    void someCustomersAndUsers() {
        Directories directory = emptyDirectory();
        customers = directory.customers();
        users = directory.users();
        customers.createCustomer("Acme", "Acme Corp", "test");
        customers.createCustomer("globex", "Globex Corporation", "test");
        customers.createCustomer("initech", "Initech", "test");
        customers.setCustomerValid("INITECH", false, "test");
        customers.createCustomer("umbrella-1", "Umbrella 100%_! Ltd", "test");
        customers.createCustomer("Zeta", "acme subsidiary", "test");
        users.createCustomerUser("alice.smith", draft("Alice", "Smith-Jones", "alice@acme.example", "ACME", "s3cret"), "t");
        users.createCustomerUser("bob", draft("Bob", "von Braun", "bob@globex.example", "globex", null), "t");
        users.createCustomerUser("carol", draft("", "", "", "zeta", null), "t");
        users.setCustomerUserValid("carol", false, "t");
        users.createCustomerUser("Dave", draft("Dave", "Miller", "dave.miller@mail.example", "globex", null), "t");
    }

    private static CustomerUserDraft draft(String first, String last, String email, String primary, String password) {
        return new CustomerUserDraft(first, last, email, primary, password == null ? null : password.toCharArray());
    }

    private List<String> customerIds(String filter) {
        return customers.searchCustomers(Search.of(filter, CustomerSort.CUSTOMER_ID, 100)).items().stream()
                .map(Customer::customerId).toList();
    }

    private List<String> logins(String filter) {
        return users.searchCustomerUsers(Search.of(filter, CustomerUserSort.LOGIN, 100)).items().stream()
                .map(CustomerUser::login).toList();
    }

    private List<String> logins(CustomerUserSort sort, SortOrder order) {
        return users.listCustomerUsers(new Search<>("", Validity.ALL, sort, order, 0, 100)).stream()
                .map(CustomerUser::login).toList();
    }

    private static Reason refusal(Runnable call) {
        return assertThrows(DirectoryException.class, call::run).reason();
    }

    @Test
    void customersAreFoundIgnoringCaseAndSpaceAround() {
        assertEquals("Acme", customers.findCustomer(" ACME ").orElseThrow().customerId());
        assertTrue(customers.findCustomer("").isEmpty());
        assertTrue(customers.findCustomer(null).isEmpty());
        assertEquals(Set.of("acme", "globex"),
                customers.findCustomers(Arrays.asList("aCmE", "GLOBEX", "nope", " ", null)).keySet());
    }

    @Test
    void aCustomerMatchesEveryWordAnywhereInIdOrName() {
        assertEquals(List.of("Acme", "globex"), customerIds("corp"));
        assertEquals(List.of("Acme", "Zeta"), customerIds("ACME"));
        assertEquals(List.of("Acme"), customerIds("acme corp"));
        assertEquals(List.of("Zeta"), customerIds("  acme   SUB "));
        assertEquals(List.of("globex"), customerIds("lobe"));
        assertEquals(List.of("globex"), customerIds("glo*ion"));
        assertEquals(List.of("umbrella-1"), customerIds("100%_!"), "LIKE's characters match only themselves");
        assertEquals(List.of(), customerIds("100%x"));
        assertEquals(5, customerIds("*").size());
        assertEquals(2, customers.countCustomers(Search.of("corp", CustomerSort.NAME, 1)));
        assertEquals(1, customers.countCustomers(new Search<>("", Validity.INVALID, CustomerSort.NAME, SortOrder.ASCENDING, 0, 1)));
        assertEquals(4, customers.countCustomers(new Search<>("", Validity.VALID, CustomerSort.NAME, SortOrder.ASCENDING, 0, 1)));
    }

    @Test
    void customersAreSortedIgnoringCaseWithTheIdBreakingTiesAndPagedWithTheExactTotal() {
        customers.createCustomer("x2", "Same", "test");
        customers.createCustomer("X1", "same", "test");
        Search<CustomerSort> byName = new Search<>("", Validity.ALL, CustomerSort.NAME, SortOrder.ASCENDING, 0, 100);
        assertEquals(List.of("Acme", "Zeta", "globex", "initech", "X1", "x2", "umbrella-1"),
                customers.listCustomers(byName).stream().map(Customer::customerId).toList());
        var page = customers.searchCustomers(new Search<>("", Validity.ALL, CustomerSort.NAME, SortOrder.DESCENDING, 1, 3));
        assertEquals(List.of("x2", "X1", "initech"), page.items().stream().map(Customer::customerId).toList());
        assertEquals(7, page.total());
        assertEquals(List.of(), customers.searchCustomers(byName.page(50, 10)).items());
    }

    @Test
    void customerKeysetListingsAscendIgnoringCaseAfterTheGivenId() {
        assertEquals(List.of("globex", "initech"), customers.matchingCustomerIds(null, Validity.ALL, "ACME", 2));
        assertEquals(List.of("umbrella-1", "Zeta"), customers.matchingCustomerIds("", Validity.VALID, "globex", 10));
        assertEquals(List.of("Acme", "globex"), customers.matchingCustomerIds("corp", Validity.ALL, null, 10));
        assertThrows(IllegalArgumentException.class, () -> customers.matchingCustomerIds("", Validity.ALL, null, 0));
    }

    @Test
    void customerWritesAreCheckedAsTheRealOnesAre() {
        DirectoryException duplicate = assertThrows(DirectoryException.class,
                () -> customers.createCustomer("ACME", "Other", "test"));
        assertEquals(Reason.DUPLICATE, duplicate.reason());
        assertEquals("A customer with ID 'ACME' exists already (IDs ignore case)", duplicate.getMessage());
        DirectoryException spaces = assertThrows(DirectoryException.class,
                () -> customers.createCustomer("a b", "Name", "test"));
        assertEquals("Customer ID must not contain spaces: 'a b'", spaces.getMessage());
        assertEquals(Reason.INVALID_VALUE, refusal(() -> customers.createCustomer("x".repeat(151), "Name", "t")));
        assertEquals(Reason.INVALID_VALUE, refusal(() -> customers.createCustomer("new", " ", "t")));
        assertEquals(Reason.INVALID_VALUE, refusal(() -> customers.createCustomer("new", "a\tb", "t")));
        assertEquals(Reason.UNKNOWN_CUSTOMER, refusal(() -> customers.renameCompany("nope", "Name", "t")));
        assertEquals(Reason.UNKNOWN_CUSTOMER, refusal(() -> customers.setCustomerValid(" ", true, "t")));
        assertEquals(Reason.DUPLICATE, refusal(() -> customers.changeCustomerId("Acme", "GLOBEX", "t")));
        assertEquals("Customer name must not be empty", assertThrows(DirectoryException.class,
                () -> customers.renameCompany("nope", "", "t")).getMessage(), "the value is checked first");
        assertEquals(" New Name ".strip(), customers.renameCompany("acme", " New Name ", "t").name());
    }

    @Test
    void aChangedCustomerIdIsFollowedByItsUsersAndAUsedCustomerCannotGo() {
        assertEquals("ACME", customers.changeCustomerId("acme", "ACME", "t").customerId(), "a new spelling");
        assertEquals("ACME", users.findCustomerUser("alice.smith").orElseThrow().primaryCustomerId());
        assertEquals("GloBex2", customers.changeCustomerId("globex", "GloBex2", "t").customerId());
        assertEquals("GloBex2", users.findCustomerUser("bob").orElseThrow().primaryCustomerId());
        DirectoryException inUse = assertThrows(DirectoryException.class, () -> customers.deleteCustomer("globex2", "t"));
        assertEquals(Reason.IN_USE, inUse.reason());
        assertEquals("globex2", inUse.value());
        assertEquals("Customer 'GloBex2' is the primary customer of 2 customer user(s); change or delete them first",
                inUse.getMessage());
        customers.deleteCustomer("INITECH", "t");
        assertTrue(customers.findCustomer("initech").isEmpty());
        assertEquals(Reason.UNKNOWN_CUSTOMER, refusal(() -> customers.deleteCustomer("initech", "t")));
    }

    @Test
    void customerUsersAreFoundIgnoringCaseWithTheirPrimaryCustomersSpelling() {
        CustomerUser alice = users.findCustomerUser(" ALICE.SMITH ").orElseThrow();
        assertEquals(new CustomerUser("alice.smith", "Alice", "Smith-Jones", "alice@acme.example", "Acme", true, "db"),
                alice);
        assertTrue(users.findCustomerUser(null).isEmpty());
        assertEquals(Set.of("alice.smith", "dave"), users.findCustomerUsers(Arrays.asList("DAVE", "Alice.Smith", "x", null))
                .keySet());
    }

    @Test
    void aCustomerUserMatchesEveryWordAtTheStartOfItsWordsOrPrimaryCustomer() {
        assertEquals(List.of("alice.smith"), logins("jones"), "a name's part after a hyphen");
        assertEquals(List.of("bob"), logins("Braun"), "a name's part after a blank");
        assertEquals(List.of(), logins("mith"), "not inside a word");
        assertEquals(List.of("alice.smith"), logins("*mith"), "unless the word starts with *");
        assertEquals(List.of("alice.smith"), logins("acme"), "e-mail domain and primary customer");
        assertEquals(List.of("bob", "Dave"), logins("glo"));
        assertEquals(List.of("Dave"), logins("mail"));
        assertEquals(List.of("Dave"), logins("dave.m"));
        assertEquals(List.of("alice.smith"), logins("a*example"));
        assertEquals(List.of("carol"), logins("z"));
        assertEquals(List.of("bob"), logins("glo BOB"));
        assertEquals(4, logins("").size());
        assertEquals(2, users.countCustomerUsers(Search.of("glo", CustomerUserSort.EMAIL, 1)));
        assertEquals(1, users.countCustomerUsers(new Search<>("", Validity.INVALID, CustomerUserSort.LOGIN, SortOrder.ASCENDING, 0, 1)));
        assertEquals(0, users.countCustomerUsers(new Search<>("z", Validity.VALID, CustomerUserSort.LOGIN, SortOrder.ASCENDING, 0, 1)));
    }

    @Test
    void customerUsersAreSortedByAnyColumnWithTheLoginBreakingTies() {
        assertEquals(List.of("carol", "Dave", "alice.smith", "bob"), logins(CustomerUserSort.LAST_NAME, SortOrder.ASCENDING));
        assertEquals(List.of("bob", "alice.smith", "Dave", "carol"), logins(CustomerUserSort.LAST_NAME, SortOrder.DESCENDING));
        assertEquals(List.of("alice.smith", "bob", "Dave", "carol"),
                logins(CustomerUserSort.PRIMARY_CUSTOMER_ID, SortOrder.ASCENDING));
        assertEquals(List.of("carol", "alice.smith", "bob", "Dave"), logins(CustomerUserSort.EMAIL, SortOrder.ASCENDING));
        var page = users.searchCustomerUsers(new Search<>("", Validity.ALL, CustomerUserSort.LOGIN, SortOrder.DESCENDING, 1, 2));
        assertEquals(List.of("carol", "bob"), page.items().stream().map(CustomerUser::login).toList());
        assertEquals(4, page.total());
        assertEquals(List.of("carol", "Dave"), users.matchingLogins(null, Validity.ALL, "BOB", 10));
        assertEquals(List.of("bob", "Dave"), users.matchingLogins("glo", Validity.ALL, null, 10));
        assertEquals(List.of("alice.smith"), users.matchingLogins("", Validity.VALID, null, 1));
    }

    @Test
    void customerUserWritesAreCheckedAsTheRealOnesAre() {
        DirectoryException duplicate = assertThrows(DirectoryException.class,
                () -> users.createCustomerUser("BOB", draft("", "", "bad@", "nope", null), "t"));
        assertEquals(Reason.DUPLICATE, duplicate.reason(), "the login is checked before the rest");
        assertEquals("A customer user with login 'BOB' exists already (logins ignore case)", duplicate.getMessage());
        DirectoryException unknown = assertThrows(DirectoryException.class,
                () -> users.createCustomerUser("eve", draft("", "", "", "nope", null), "t"));
        assertEquals(Reason.UNKNOWN_CUSTOMER, unknown.reason());
        assertEquals("nope", unknown.value());
        assertEquals("Unknown primary customer: 'nope'", unknown.getMessage());
        assertEquals("Malformed e-mail address: 'bad@'", assertThrows(DirectoryException.class,
                () -> users.createCustomerUser("eve", draft("", "", " bad@ ", "acme", null), "t")).getMessage());
        assertEquals(Reason.INVALID_VALUE, refusal(() -> users.createCustomerUser("e ve", draft("", "", "", "acme", null), "t")));
        assertEquals(Reason.INVALID_VALUE, refusal(() -> users.createCustomerUser("eve", draft("", "", "", " ", null), "t")));
        assertEquals(Reason.UNKNOWN_CUSTOMER_USER, refusal(() -> users.updateCustomerUser("eve", draft("", "", "", "acme", null), "t")));
        assertEquals(Reason.DUPLICATE, refusal(() -> users.renameCustomerUser("bob", "dave", "t")));
        assertEquals("BOB", users.renameCustomerUser("bob", "BOB", "t").login(), "a new spelling");
        assertEquals(Reason.UNKNOWN_CUSTOMER_USER, refusal(() -> users.deleteCustomerUser("eve", "t")));
        assertTrue(users.findCustomerUsers(List.of("eve")).isEmpty(), "nothing was written");
    }

    @Test
    void onlyValidUsersLogInWithTheirPasswordWhichAnUpdateWithoutOneKeeps() {
        assertEquals("alice.smith", users.authenticate("ALICE.smith", "s3cret".toCharArray()).orElseThrow().login());
        assertTrue(users.authenticate("alice.smith", "wrong".toCharArray()).isEmpty());
        assertTrue(users.authenticate("alice.smith", new char[0]).isEmpty());
        assertTrue(users.authenticate("bob", new char[0]).isEmpty(), "no password: no login");
        CustomerUser moved = users.updateCustomerUser("alice.smith", draft(" Alicia ", "Smith", "", "globex", null), "t");
        assertEquals(new CustomerUser("alice.smith", "Alicia", "Smith", "", "globex", true, "db"), moved);
        assertTrue(users.authenticate("alice.smith", "s3cret".toCharArray()).isPresent());
        users.setCustomerUserValid("alice.smith", false, "t");
        assertTrue(users.authenticate("alice.smith", "s3cret".toCharArray()).isEmpty());
        users.setCustomerUserValid("alice.smith", true, "t");
        users.updateCustomerUser("alice.smith", draft("", "", "", "acme", "n3w"), "t");
        assertTrue(users.authenticate("alice.smith", "n3w".toCharArray()).isPresent());
        users.renameCustomerUser("alice.smith", "alice", "t");
        assertTrue(users.authenticate("alice", "n3w".toCharArray()).isPresent());
        users.deleteCustomerUser("ALICE", "t");
        assertTrue(users.findCustomerUser("alice").isEmpty());
    }
}
