package org.helpdesk.platform.tickets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.tickets.TicketException;
import org.helpdesk.platform.api.tickets.dto.CustomerTicketQuery;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketScope;
import org.helpdesk.platform.api.tickets.dto.TicketState;
import org.helpdesk.platform.tickets.internal.access.DefaultCustomerAccess;
import org.helpdesk.platform.tickets.internal.db.TicketDatabase;
import org.helpdesk.platform.tickets.internal.demo.DemoTickets;
import org.helpdesk.platform.tickets.internal.demo.TicketGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.helpdesk.testsupport.TestDatabases;
import org.helpdesk.testsupport.TestDatabases.Db;
import org.helpdesk.testsupport.directory.FakeBackend;
import org.helpdesk.testsupport.directory.FakeCustomerUsers;
import org.helpdesk.testsupport.directory.FakeCustomers;
import org.helpdesk.testsupport.directory.FakeDirectory;

/** The ticket store and the SQL form of rule R2, on Derby and PostgreSQL. */
class DbTicketServiceTest {

    static Stream<TestDatabases.Db> databases() {
        return TestDatabases.all();
    }

    private record Fixture(DbTicketService tickets, TicketDatabase database, FakeCustomers customers, FakeCustomerUsers users, SwitchableSettings settings, DefaultCustomerAccess access,
            List<CustomerIdGrant> relations, FakeBackend backend) {
    }

    private Fixture fixture(TestDatabases.Db db) {
        FakeDirectory directory = new FakeDirectory().addCustomer("acme", "acme Inc").addCustomer("globex", "globex Inc")
                .addCustomer("initech", "initech Inc")
                .addUser("alice", "acme", "db").addUser("bob", "acme", "db").addUser("carol", "globex", "db");
        FakeCustomerUsers users = directory.users();
        SwitchableSettings settings = new SwitchableSettings();
        DefaultCustomerAccess access = new DefaultCustomerAccess(users, settings);
        FakeBackend backend = directory.backend("db");
        access.addBackend(backend);
        List<CustomerIdGrant> aliceRelations = Collections.synchronizedList(new ArrayList<>());
        access.addContributor(login -> login.equalsIgnoreCase("alice") ? List.copyOf(aliceRelations) : List.of());
        TicketDatabase database = new TicketDatabase(db.dataSource());
        FakeCustomers customers = directory.customers();
        DbTicketService tickets = new DbTicketService(database, customers, users, access);
        return new Fixture(tickets, database, customers, users, settings, access, aliceRelations, backend);
    }

    private static String titles(List<Ticket> tickets) {
        return tickets.stream().map(Ticket::title).collect(Collectors.joining(","));
    }

    private static String visible(DbTicketService tickets, String login, TicketScope scope) {
        return titles(tickets.customerTickets(new CustomerTicketQuery(login, scope, null, "", 0, 100)).items());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void workedExampleInSql(TestDatabases.Db db) throws Exception {
        Fixture f = fixture(db);
        DbTicketService t = f.tickets();
        // created in this order, so "newest first" is T5, T3, T2, T1
        for (String[] row : new String[][] { { "acme", "alice", "T1" }, { "acme", "bob", "T2" },
            { "globex", "carol", "T3" }, { "globex", "ALICE", "T5" } }) {
            t.createTicket(row[0], row[1], row[2], "test");
            Thread.sleep(2);
        }
        assertEquals("T5,T2,T1", visible(t, "alice", TicketScope.ALL_VISIBLE));
        assertEquals("T5,T1", visible(t, "alice", TicketScope.OWN));
        assertEquals("T2,T1", visible(t, "alice", TicketScope.COMPANY), "company includes own tickets of acme");
        assertEquals("T5,T3", visible(t, "carol", TicketScope.ALL_VISIBLE));

        f.relations().add(new CustomerIdGrant("GLOBEX", "relation"));
        assertEquals("T5,T3,T2,T1", visible(t, "alice", TicketScope.ALL_VISIBLE));
        f.relations().clear();
        assertEquals("T5,T2,T1", visible(t, "alice", TicketScope.ALL_VISIBLE));

        f.settings().disabled = true;
        assertEquals("T5,T1", visible(t, "alice", TicketScope.ALL_VISIBLE));
        assertEquals("", visible(t, "alice", TicketScope.COMPANY));

        f.backend().setExcludePrimaryCustomerId(true);
        f.settings().disabled = false;
        assertEquals("T5,T1", visible(t, "alice", TicketScope.ALL_VISIBLE));
        f.relations().add(new CustomerIdGrant("acme", "relation"));
        assertEquals("T5,T2,T1", visible(t, "alice", TicketScope.ALL_VISIBLE));
        assertEquals("T2", visible(t, "bob", TicketScope.ALL_VISIBLE));
        f.backend().setExcludePrimaryCustomerId(false);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void pagesCountsFiltersAndDirectOpening(TestDatabases.Db db) {
        DbTicketService t = fixture(db).tickets();
        List<Ticket> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(t.createTicket("acme", "bob", "Printer " + i + (i % 2 == 0 ? " jam" : " toner"), "test"));
        }
        Ticket own = t.createTicket("globex", "alice", "Alice at globex 100%_!", "test");

        var page = t.customerTickets(new CustomerTicketQuery("alice", TicketScope.ALL_VISIBLE, null, "", 2, 3));
        assertEquals(8, page.total());
        assertEquals("Printer 5 toner,Printer 4 jam,Printer 3 toner", titles(page.items()));
        assertEquals(4, t.customerTickets(new CustomerTicketQuery("alice", TicketScope.COMPANY, null, "JAM", 0, 10))
                .total());
        assertEquals(1, t.customerTickets(new CustomerTicketQuery("alice", TicketScope.ALL_VISIBLE, null, "100%_!",
                0, 10)).total(), "LIKE characters are matched literally");
        assertEquals(0, t.customerTickets(new CustomerTicketQuery("alice", TicketScope.ALL_VISIBLE, null, "1000%",
                0, 10)).total());
        assertEquals(1, t.customerTickets(new CustomerTicketQuery("alice", TicketScope.ALL_VISIBLE, null,
                created.get(3).number(), 0, 10)).total(), "the number matches too");
        // customer ID filter: company part only for one of the user's IDs; own tickets stay own
        assertEquals(7, t.customerTickets(new CustomerTicketQuery("alice", TicketScope.ALL_VISIBLE, "ACME", "", 0,
                10)).total());
        assertEquals(0, t.customerTickets(new CustomerTicketQuery("alice", TicketScope.COMPANY, "globex", "", 0,
                10)).total());
        assertEquals(1, t.customerTickets(new CustomerTicketQuery("alice", TicketScope.ALL_VISIBLE, "globex", "", 0,
                10)).total());
        assertEquals(0, t.customerTickets(new CustomerTicketQuery("carol", TicketScope.ALL_VISIBLE, "acme", "", 0,
                10)).total());

        assertEquals(own, t.openAsCustomer("alice", own.number()).orElseThrow());
        assertTrue(t.openAsCustomer("carol", created.get(0).number()).isEmpty());
        assertTrue(t.openAsCustomer("carol", own.number()).isPresent(), "a globex ticket");
        assertTrue(t.openAsCustomer("alice", "nope").isEmpty());
        assertThrows(DirectoryException.class, () -> t.openAsCustomer("mallory", own.number()));
        assertThrows(DirectoryException.class, () -> t.customerTickets(
                new CustomerTicketQuery("mallory", TicketScope.OWN, null, "", 0, 10)));

        assertEquals(8, t.searchTickets("", 0, 100).total());
        assertEquals(7, t.searchTickets("bob", 0, 100).total());
        assertEquals(4, t.searchTickets("printer jam", 0, 100).total());
        assertEquals(own, t.findTicket(own.number()).orElseThrow());
        assertEquals(TicketState.CLOSED, t.setState(own.number(), TicketState.CLOSED, "test").state());
        assertEquals(TicketState.CLOSED, t.findTicket(own.number()).orElseThrow().state());
        assertThrows(TicketException.class, () -> t.setState("nope", TicketState.OPEN, "test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void createValidates(TestDatabases.Db db) {
        DbTicketService t = fixture(db).tickets();
        assertTrue(assertThrows(TicketException.class, () -> t.createTicket("acme", "alice", " ", "x"))
                .getMessage().contains("empty"));
        assertTrue(assertThrows(TicketException.class, () -> t.createTicket("acme", "alice", "x".repeat(256), "x"))
                .getMessage().contains("255"));
        assertEquals(255, t.createTicket("acme", "alice", "y".repeat(255), "x").title().length());
        assertTrue(assertThrows(TicketException.class, () -> t.createTicket("nosuch", "alice", "t", "x"))
                .getMessage().contains("'nosuch'"));
        assertTrue(assertThrows(TicketException.class, () -> t.createTicket("acme", "nobody", "t", "x"))
                .getMessage().contains("'nobody'"));
        Ticket ticket = t.createTicket("ACME", "Alice", "spelled", "x");
        assertEquals("acme", ticket.customerId(), "the directory's spelling");
        assertEquals("alice", ticket.customerUserLogin());
        assertTrue(ticket.number().matches("\\d{16}"), ticket.number());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void demoTicketsOnceAndGeneratedTicketsSpreadOverEveryone(TestDatabases.Db db) {
        Fixture f = fixture(db);
        DemoTickets demo = new DemoTickets(f.tickets(), f.database(), f.customers(), f.users());
        assertEquals(4, demo.loadDemoData("demo"));
        assertEquals(0, demo.loadDemoData("demo"));
        assertEquals("T5,T2,T1", visible(f.tickets(), "alice", TicketScope.ALL_VISIBLE).replaceAll(" [^,]*", ""));

        TicketGenerator generator = new TicketGenerator(f.database(), f.customers(), f.users());
        assertEquals("tickets", generator.kind());
        List<String> progress = new ArrayList<>();
        assertEquals(12_001, generator.generate(12_001, "gen", progress::add));
        assertEquals(List.of("tickets: 12001 / 12001"), progress);
        assertEquals(12_005, f.tickets().searchTickets("", 0, 1).total());
        assertEquals(4001, f.tickets().searchTickets("carol", 0, 1).total(), "owners cycle through all users");
        assertEquals(8002, f.tickets().customerTickets(
                new CustomerTicketQuery("carol", TicketScope.ALL_VISIBLE, null, "", 0, 1)).total());
        // numbers stay unique with the service's own after a bulk load
        assertTrue(f.tickets().createTicket("acme", "bob", "after", "x").number().endsWith("00012006"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void numbersAreUniqueUnderConcurrency(TestDatabases.Db db) throws Exception {
        DbTicketService t = fixture(db).tickets();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                numbers.add(pool.submit(() -> t.createTicket("acme", "bob", "parallel " + n, "test").number()));
            }
            Set<String> unique = new HashSet<>();
            for (Future<String> number : numbers) {
                unique.add(number.get());
            }
            assertEquals(40, unique.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
