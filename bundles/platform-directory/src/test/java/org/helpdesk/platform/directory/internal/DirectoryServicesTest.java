package org.helpdesk.platform.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.directory.internal.db.DirectoryDatabase;
import org.helpdesk.platform.directory.internal.demo.DirectoryGenerator;
import org.helpdesk.testsupport.TestDatabases.Db;
import org.helpdesk.testsupport.TestDatabases;
import java.util.ArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The directory services on a real database: Derby and PostgreSQL. */
class DirectoryServicesTest {

    static Stream<Db> databases() {
        return TestDatabases.all();
    }

    private record Fixture(DbCustomerDirectory customers, DbCustomerUserDirectory users, RecordingEventAdmin events) {
    }

    private static Fixture fixture(Db db) {
        DirectoryDatabase database = new DirectoryDatabase(db.dataSource());
        RecordingEventAdmin events = new RecordingEventAdmin();
        DirectoryEventPublisher publisher = new DirectoryEventPublisher(events);
        return new Fixture(new DbCustomerDirectory(database, publisher), new DbCustomerUserDirectory(database, publisher),
                events);
    }

    private static CustomerUserDraft draft(String first, String last, String email, String customer) {
        return new CustomerUserDraft(first, last, email, customer, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void customersAreFoundIgnoringCaseAndDuplicatesAreRefused(Db db) {
        Fixture f = fixture(db);
        Customer acme = f.customers.createCustomer("Acme", "Acme Corp", "test");
        assertEquals("Acme", acme.customerId());
        assertEquals("Acme", f.customers.findCustomer("ACME").orElseThrow().customerId());
        DirectoryException duplicate = assertThrows(DirectoryException.class,
                () -> f.customers.createCustomer("acme", "Other", "test"));
        assertEquals(Reason.DUPLICATE, duplicate.reason());
        assertTrue(duplicate.getMessage().contains("acme"));
        assertEquals("Acme Corp", f.customers.findCustomer("acme").orElseThrow().name());
        assertEquals(DirectoryEvents.CUSTOMER_CREATED, f.events.last().getTopic());
        assertEquals(1, f.events.events.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badCustomerValuesAreRefusedAndNothingIsWritten(Db db) {
        Fixture f = fixture(db);
        assertEquals(Reason.INVALID_VALUE, assertThrows(DirectoryException.class,
                () -> f.customers.createCustomer("", "Name", "test")).reason());
        assertEquals(Reason.INVALID_VALUE, assertThrows(DirectoryException.class,
                () -> f.customers.createCustomer("x".repeat(151), "Name", "test")).reason());
        assertEquals(Reason.INVALID_VALUE, assertThrows(DirectoryException.class,
                () -> f.customers.createCustomer("has space", "Name", "test")).reason());
        assertEquals(Reason.INVALID_VALUE, assertThrows(DirectoryException.class,
                () -> f.customers.createCustomer("ok", " ", "test")).reason());
        assertEquals(0, f.customers.countCustomers(Search.of("", CustomerSort.CUSTOMER_ID, 10)));
        assertTrue(f.events.events.isEmpty());
        f.customers.createCustomer("x".repeat(150), "Longest ID", "test");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badCustomerUsersAreRefusedAndNothingIsWritten(Db db) {
        Fixture f = fixture(db);
        f.customers.createCustomer("acme", "Acme Corp", "test");
        DirectoryException unknown = assertThrows(DirectoryException.class,
                () -> f.users.createCustomerUser("alice", draft("Alice", "Smith", "alice@acme.example", "nope"), "test"));
        assertEquals(Reason.UNKNOWN_CUSTOMER, unknown.reason());
        assertTrue(unknown.getMessage().contains("nope"));
        assertEquals(Reason.INVALID_VALUE, assertThrows(DirectoryException.class,
                () -> f.users.createCustomerUser("alice", draft("A", "S", "not-an-address", "acme"), "test")).reason());
        assertEquals(Reason.INVALID_VALUE, assertThrows(DirectoryException.class,
                () -> f.users.createCustomerUser("l".repeat(201), draft("A", "S", "", "acme"), "test")).reason());
        assertEquals(Reason.INVALID_VALUE, assertThrows(DirectoryException.class,
                () -> f.users.createCustomerUser("alice", draft("A", "S", "", " "), "test")).reason());
        assertTrue(f.users.findCustomerUser("alice").isEmpty());
        f.users.createCustomerUser("Alice", draft("Alice", "Smith", "alice@acme.example", "ACME"), "test");
        assertEquals(Reason.DUPLICATE, assertThrows(DirectoryException.class,
                () -> f.users.createCustomerUser("ALICE", draft("Other", "", "", "acme"), "test")).reason());
        CustomerUser alice = f.users.findCustomerUser("alice").orElseThrow();
        assertEquals("Alice", alice.login());
        assertEquals("acme", alice.primaryCustomerId());
        assertEquals("db", alice.backend());
        assertEquals("Alice Smith <alice@acme.example> (acme)", alice.label());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void customerUserSearchMatchesWordStartsOfEveryFieldPagesAndCountsExactly(Db db) {
        Fixture f = fixture(db);
        f.customers.createCustomer("acme", "Acme Corp", "test");
        f.customers.createCustomer("globex", "Globex", "test");
        f.users.createCustomerUser("alice", draft("Alice", "Smith", "alice@acme.example", "acme"), "test");
        f.users.createCustomerUser("bob", draft("Bob", "Smithers", "bob@acme.example", "acme"), "test");
        f.users.createCustomerUser("carol", draft("Carol", "White", "carol@globex.example", "globex"), "test");
        f.users.createCustomerUser("dave_x", draft("Dave", "Goldsmith", "", "globex"), "test");
        f.users.createCustomerUser("wb", draft("Mary Ann", "von Braun-Weiss", "", "globex"), "test");
        assertEquals(List.of("wb"), logins(f, "von braun"), "a name with a blank, typed whole");
        assertEquals(List.of("wb"), logins(f, "weiss ann"), "parts after a blank or hyphen");
        assertEquals(List.of(), logins(f, "raun"));
        f.users.deleteCustomerUser("wb", "test");

        assertEquals(List.of("alice", "bob"), logins(f, "smi"));
        assertEquals(List.of("alice", "bob"), logins(f, "ACME"));
        assertEquals(List.of("carol", "dave_x"), logins(f, "globex"));
        assertEquals(List.of("alice", "bob"), logins(f, "smith acme.example"));
        assertEquals(List.of("alice"), logins(f, "smith ali"));
        assertEquals(List.of("alice", "bob", "dave_x"), logins(f, "*smith"));
        assertEquals(List.of("alice", "bob"), logins(f, "s*th"));
        assertEquals(List.of("dave_x"), logins(f, "dave_"));
        assertEquals(List.of(), logins(f, "mith"));
        assertEquals(List.of("alice", "bob", "carol", "dave_x"), logins(f, ""));
        assertEquals(List.of("alice", "bob", "carol", "dave_x"), logins(f, "*"));

        Page<CustomerUser> page = f.users.searchCustomerUsers(
                new Search<>("", Validity.ALL, CustomerUserSort.LOGIN, SortOrder.DESCENDING, 1, 2));
        assertEquals(4, page.total());
        assertEquals(List.of("carol", "bob"), page.items().stream().map(CustomerUser::login).toList());

        f.users.setCustomerUserValid("bob", false, "test");
        assertEquals(1, f.users.countCustomerUsers(new Search<>("smi", Validity.VALID, CustomerUserSort.LOGIN,
                SortOrder.ASCENDING, 0, 10)));
        assertEquals(1, f.users.countCustomerUsers(new Search<>("", Validity.INVALID, CustomerUserSort.LOGIN,
                SortOrder.ASCENDING, 0, 10)));
        Page<CustomerUser> byLastName = f.users.searchCustomerUsers(
                new Search<>("", Validity.ALL, CustomerUserSort.LAST_NAME, SortOrder.ASCENDING, 0, 10));
        assertEquals(List.of("dave_x", "alice", "bob", "carol"), byLastName.items().stream().map(CustomerUser::login).toList());
        assertEquals(List.of("bob", "alice"), sorted(f, Validity.ALL, CustomerUserSort.FIRST_NAME, SortOrder.DESCENDING, 2, 2));
        assertEquals(List.of("dave_x", "alice", "carol"), sorted(f, Validity.VALID, CustomerUserSort.LAST_NAME,
                SortOrder.ASCENDING, 0, 10), "bob is invalid");
        assertEquals(List.of("dave_x", "carol", "bob"), sorted(f, Validity.ALL, CustomerUserSort.PRIMARY_CUSTOMER_ID,
                SortOrder.DESCENDING, 0, 3), "by customer, then by login in the same direction");
        assertEquals(List.of("dave_x", "alice"), sorted(f, Validity.ALL, CustomerUserSort.EMAIL, SortOrder.ASCENDING, 0, 2),
                "an empty e-mail sorts first");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void customerSearchMatchesAnywhereInIdOrName(Db db) {
        Fixture f = fixture(db);
        f.customers.createCustomer("acme", "Acme Corp", "test");
        f.customers.createCustomer("globex", "Globex Corporation", "test");
        f.customers.createCustomer("initech", "Initech", "test");
        assertEquals(List.of("acme", "globex"), customerIds(f, "corp"));
        assertEquals(List.of("initech"), customerIds(f, "TECH"));
        assertEquals(List.of("globex"), customerIds(f, "glo*tion"));
        assertEquals(List.of("acme", "globex", "initech"), customerIds(f, ""));
        Page<Customer> page = f.customers.searchCustomers(
                new Search<>("", Validity.ALL, CustomerSort.NAME, SortOrder.DESCENDING, 0, 2));
        assertEquals(3, page.total());
        assertEquals(List.of("initech", "globex"), page.items().stream().map(Customer::customerId).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void renamedCustomersCarryTheirUsersAlong(Db db) {
        Fixture f = fixture(db);
        f.customers.createCustomer("acme", "Acme Corp", "test");
        f.customers.createCustomer("globex", "Globex", "test");
        f.users.createCustomerUser("alice", draft("Alice", "Smith", "", "acme"), "test");
        f.customers.changeCustomerId("ACME", "acme-gmbh", "admin");
        assertEquals("acme-gmbh", f.users.findCustomerUser("alice").orElseThrow().primaryCustomerId());
        assertTrue(f.customers.findCustomer("acme").isEmpty());
        assertEquals(DirectoryEvents.CUSTOMER_RENAMED, f.events.last().getTopic());
        assertEquals("acme", f.events.last().getProperty(DirectoryEvents.OLD_CUSTOMER_ID));
        assertEquals("acme-gmbh", f.events.last().getProperty(DirectoryEvents.CUSTOMER_ID));
        assertEquals("admin", f.events.last().getProperty(DirectoryEvents.ACTOR));
        assertEquals(Reason.DUPLICATE, assertThrows(DirectoryException.class,
                () -> f.customers.changeCustomerId("acme-gmbh", "GLOBEX", "admin")).reason());
        assertEquals(Reason.UNKNOWN_CUSTOMER, assertThrows(DirectoryException.class,
                () -> f.customers.changeCustomerId("nope", "x", "admin")).reason());
        f.customers.changeCustomerId("acme-gmbh", "Acme-GmbH", "admin");
        assertEquals("Acme-GmbH", f.customers.findCustomer("acme-gmbh").orElseThrow().customerId());
        assertEquals("Acme GmbH", f.customers.renameCompany("acme-gmbh", "Acme GmbH", "admin").name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void renamedLoginsAndDeletes(Db db) {
        Fixture f = fixture(db);
        f.customers.createCustomer("acme", "Acme Corp", "test");
        f.users.createCustomerUser("alice", draft("Alice", "Smith", "", "acme"), "test");
        f.users.createCustomerUser("bob", draft("Bob", "Jones", "", "acme"), "test");
        assertEquals(Reason.DUPLICATE, assertThrows(DirectoryException.class,
                () -> f.users.renameCustomerUser("alice", "BOB", "admin")).reason());
        f.users.renameCustomerUser("ALICE", "alice.smith", "admin");
        assertTrue(f.users.findCustomerUser("alice").isEmpty());
        assertEquals("alice.smith", f.users.findCustomerUser("Alice.Smith").orElseThrow().login());
        assertEquals("alice", f.events.last().getProperty(DirectoryEvents.OLD_LOGIN));

        DirectoryException inUse = assertThrows(DirectoryException.class, () -> f.customers.deleteCustomer("acme", "admin"));
        assertEquals(Reason.IN_USE, inUse.reason());
        assertTrue(inUse.getMessage().contains("2 customer user"));
        f.users.deleteCustomerUser("alice.smith", "admin");
        f.users.deleteCustomerUser("bob", "admin");
        assertEquals(DirectoryEvents.CUSTOMER_USER_DELETED, f.events.last().getTopic());
        assertEquals(Reason.UNKNOWN_CUSTOMER_USER, assertThrows(DirectoryException.class,
                () -> f.users.deleteCustomerUser("bob", "admin")).reason());
        f.customers.deleteCustomer("acme", "admin");
        assertTrue(f.customers.findCustomer("acme").isEmpty());
        assertEquals(Reason.UNKNOWN_CUSTOMER, assertThrows(DirectoryException.class,
                () -> f.customers.deleteCustomer("acme", "admin")).reason());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void updatesChangePrimaryCustomerAndPasswordsWorkOnlyForValidUsers(Db db) {
        Fixture f = fixture(db);
        f.customers.createCustomer("acme", "Acme Corp", "test");
        f.customers.createCustomer("globex", "Globex", "test");
        f.users.createCustomerUser("alice", new CustomerUserDraft("Alice", "Smith", "", "acme", "s3cret".toCharArray()), "t");
        assertTrue(f.users.authenticate("ALICE", "s3cret".toCharArray()).isPresent());
        assertFalse(f.users.authenticate("alice", "wrong".toCharArray()).isPresent());
        f.users.updateCustomerUser("alice", draft("Alice", "Smith-Jones", "a@globex.example", "globex"), "admin");
        CustomerUser alice = f.users.findCustomerUser("alice").orElseThrow();
        assertEquals("globex", alice.primaryCustomerId());
        assertEquals("Smith-Jones", alice.lastName());
        assertTrue(f.users.authenticate("alice", "s3cret".toCharArray()).isPresent(), "password kept");
        assertEquals(Reason.UNKNOWN_CUSTOMER, assertThrows(DirectoryException.class,
                () -> f.users.updateCustomerUser("alice", draft("A", "B", "", "nope"), "admin")).reason());
        assertEquals("globex", f.users.findCustomerUser("alice").orElseThrow().primaryCustomerId());
        f.users.setCustomerUserValid("alice", false, "admin");
        assertFalse(f.users.authenticate("alice", "s3cret".toCharArray()).isPresent());
        f.users.createCustomerUser("nopass", draft("No", "Password", "", "acme"), "t");
        assertFalse(f.users.authenticate("nopass", new char[0]).isPresent());
        assertFalse(f.users.authenticate("nopass", "x".toCharArray()).isPresent());
    }

    private static List<String> logins(Fixture f, String filter) {
        return f.users.searchCustomerUsers(Search.of(filter, CustomerUserSort.LOGIN, 100)).items().stream()
                .map(CustomerUser::login).toList();
    }

    private static List<String> customerIds(Fixture f, String filter) {
        return f.customers.searchCustomers(Search.of(filter, CustomerSort.CUSTOMER_ID, 100)).items().stream()
                .map(Customer::customerId).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keysetListingsWalkEveryMatchOnceInOrder(Db db) {
        Fixture f = fixture(db);
        f.customers.createCustomer("k-acme", "Acme Corp", "test");
        f.customers.createCustomer("k-globex", "Globex", "test");
        f.customers.createCustomer("K-Initech", "Initech", "test");
        for (String login : List.of("Ann", "bea", "Cid", "dora", "eve")) {
            f.users.createCustomerUser(login, draft(login, "Kay", login + "@k.example", "k-acme"), "test");
        }
        f.users.createCustomerUser("zed", draft("Zed", "Other", "zed@other.example", "k-globex"), "test");
        f.users.setCustomerUserValid("dora", false, "test");

        List<String> all = new ArrayList<>();
        for (List<String> page = f.users.matchingLogins("", Validity.ALL, null, 2); ; ) {
            all.addAll(page);
            if (page.size() < 2) {
                break;
            }
            page = f.users.matchingLogins("", Validity.ALL, page.get(page.size() - 1), 2);
        }
        assertEquals(List.of("Ann", "bea", "Cid", "dora", "eve", "zed"), all);
        assertEquals(List.of("Cid", "eve"), f.users.matchingLogins("kay", Validity.VALID, "BEA", 10));
        assertEquals(List.of("dora"), f.users.matchingLogins("kay", Validity.INVALID, null, 10));
        assertEquals(List.of("zed"), f.users.matchingLogins("k-globex", Validity.ALL, null, 10));
        assertEquals(List.of("eve"), f.users.matchingLogins("*k.exa", Validity.ALL, "dora", 10));

        assertEquals(List.of("k-globex", "K-Initech"), f.customers.matchingCustomerIds("k-", Validity.ALL, "k-acme", 5));
        assertEquals(List.of("k-acme"), f.customers.matchingCustomerIds("acme", Validity.VALID, null, 5));
        assertThrows(IllegalArgumentException.class, () -> f.users.matchingLogins("", Validity.ALL, null, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchWordsAndKeptTotalsFollowEveryWrite(Db db) {
        Fixture f = fixture(db);
        f.customers.createCustomer("w-acme", "Acme Corp", "test");
        f.customers.createCustomer("w-globex", "Globex", "test");
        f.users.createCustomerUser("anna.berg", draft("Anna", "Berg", "anna.berg@acme.example", "w-acme"), "test");
        f.users.createCustomerUser("olaf", draft("Olaf", "Anders", "", "w-acme"), "test");
        assertEquals(List.of("anna.berg", "olaf"), logins(f, "an"), "first name kept although the login starts with it");
        assertEquals(List.of("anna.berg"), logins(f, "anna"));
        assertEquals(2, total(f, Validity.ALL));

        f.users.updateCustomerUser("anna.berg", draft("Hanna", "Wolf", "hw@globex.example", "w-globex"), "admin");
        assertEquals(List.of("anna.berg", "olaf"), logins(f, "an"), "the login still starts with an");
        assertEquals(List.of(), logins(f, "berg"), "the old last name is gone");
        assertEquals(List.of(), logins(f, "acme.example"), "the old domain is gone");
        assertEquals(List.of("anna.berg"), logins(f, "wolf globex.ex"));
        assertEquals(List.of("anna.berg"), logins(f, "*anna"));

        f.users.renameCustomerUser("anna.berg", "hanna.wolf", "admin");
        assertEquals(List.of("olaf"), logins(f, "an"));
        assertEquals(List.of("hanna.wolf"), logins(f, "hanna.w"));
        assertEquals(List.of("hanna.wolf"), logins(f, "hw@"));

        f.users.setCustomerUserValid("olaf", false, "admin");
        f.users.setCustomerUserValid("olaf", false, "admin");
        assertEquals(1, total(f, Validity.VALID));
        assertEquals(1, total(f, Validity.INVALID));
        f.users.setCustomerUserValid("olaf", true, "admin");
        assertEquals(2, total(f, Validity.VALID));
        assertEquals(0, total(f, Validity.INVALID));

        f.users.deleteCustomerUser("hanna.wolf", "admin");
        assertEquals(List.of(), logins(f, "hanna"));
        assertEquals(List.of(), logins(f, "*wolf"));
        assertEquals(1, total(f, Validity.ALL));
        assertThrows(DirectoryException.class, () -> f.users.createCustomerUser("OLAF", draft("", "", "", "w-acme"), "t"));
        assertEquals(1, total(f, Validity.ALL), "a refused write leaves the total as it was");
        f.users.createCustomerUser("hanna.wolf", draft("Hanna", "Wolf", "", "w-acme"), "test");
        assertEquals(List.of("hanna.wolf"), logins(f, "hanna"), "a login can be used again after its delete");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void generatedUsersAreSearchableAndCounted(Db db) throws Exception {
        Fixture f = fixture(db);
        f.customers.createCustomer("g-own", "Own", "test");
        f.users.createCustomerUser("own", draft("Own", "User", "", "g-own"), "test");
        DirectoryGenerator.generate(db.dataSource(), "gt", 7, 120, "test", line -> { });
        assertEquals(121, total(f, Validity.ALL));
        assertEquals(2, f.users.countCustomerUsers(Search.of("anna", CustomerUserSort.LOGIN, 10)));
        assertEquals(List.of("anna.jones.gt60", "anna.miller.gt120"), logins(f, "anna"));
        assertEquals(18, f.users.countCustomerUsers(Search.of("gt-c000001", CustomerUserSort.LOGIN, 10)));
        assertEquals(120, f.users.countCustomerUsers(Search.of("*.gt", CustomerUserSort.LOGIN, 10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void batchLookupsFindManyRecordsIgnoringCaseAndSkipUnknownOnes(Db db) {
        Fixture f = fixture(db);
        List<String> logins = new ArrayList<>();
        f.customers.createCustomer("B-Acme", "Acme", "test");
        for (int i = 0; i < 1003; i++) {
            String login = "User" + i;
            f.users.createCustomerUser(login, draft("", "", "", "b-acme"), "test");
            logins.add(i % 2 == 0 ? login.toUpperCase(Locale.ROOT) : login);
        }
        logins.add("nobody");
        logins.add(" ");
        logins.add(null);
        Map<String, CustomerUser> found = f.users.findCustomerUsers(logins);
        assertEquals(1003, found.size());
        assertEquals("User1002", found.get("user1002").login());
        assertEquals("B-Acme", found.get("user7").primaryCustomerId());
        Map<String, Customer> customers = f.customers.findCustomers(List.of("b-ACME", "nope", "B-Acme"));
        assertEquals(Set.of("b-acme"), customers.keySet());
        assertEquals("B-Acme", customers.get("b-acme").customerId());
        assertTrue(f.users.findCustomerUsers(List.of()).isEmpty());
    }

    private static List<String> sorted(Fixture f, Validity validity, CustomerUserSort sort, SortOrder order, int offset,
            int limit) {
        return f.users.listCustomerUsers(new Search<>("", validity, sort, order, offset, limit)).stream()
                .map(CustomerUser::login).toList();
    }

    private static long total(Fixture f, Validity validity) {
        return f.users.countCustomerUsers(new Search<>("", validity, CustomerUserSort.LOGIN, SortOrder.ASCENDING, 0, 1));
    }
}
