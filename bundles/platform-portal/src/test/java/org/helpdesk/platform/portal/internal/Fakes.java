package org.helpdesk.platform.portal.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.api.tickets.dto.CustomerTicketQuery;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketState;
import org.helpdesk.testsupport.directory.FakeDirectory;

/** In-memory stand-ins for the platform's services, with the worked example of the access rules. */
final class Fakes {

    private Fakes() {
    }

    /** The worked example: alice and bob at acme, carol at globex. */
    static FakeDirectory directory() {
        FakeDirectory directory = new FakeDirectory().addCustomer("acme", "Acme Corp").addCustomer("globex", "Globex");
        directory.backend(FakeDirectory.DB_BACKEND).setDeliversExtraCustomerIds(true);
        addUser(directory, "alice", "acme");
        addUser(directory, "bob", "acme");
        addUser(directory, "carol", "globex");
        return directory;
    }

    /** A user whose password is the login, with more customer IDs from its backend. */
    static void addUser(FakeDirectory directory, String login, String primary, String... moreCustomerIds) {
        directory.addUser(login, primary).setPassword(login, login).setExtraCustomerIds(login, moreCustomerIds);
    }

    /** Tickets filtered by the fake access decision, as the real service does in SQL. */
    static final class Tickets implements TicketService {

        final List<Ticket> tickets = new ArrayList<>();
        final List<CustomerTicketQuery> queries = new ArrayList<>();
        private final CustomerAccess access;

        Tickets(CustomerAccess access) {
            this.access = access;
            add("T1", "T1 printer on fire", "acme", "alice");
            add("T2", "T2 <b>bold</b> & \"quoted\"", "acme", "bob");
            add("T3", "T3 globex internal", "globex", "carol");
            add("T5", "T5 alice at globex", "globex", "alice");
        }

        Ticket add(String number, String title, String customerId, String login) {
            Ticket ticket = new Ticket(number, title, TicketState.OPEN, customerId, login,
                    Instant.parse("2026-01-01T10:00:00Z").plusSeconds(tickets.size()));
            tickets.add(ticket);
            return ticket;
        }

        @Override
        public Page<Ticket> customerTickets(CustomerTicketQuery query) {
            queries.add(query);
            AccessDecision decision = access.decide(query.login());
            List<Ticket> visible = tickets.stream()
                    .filter(t -> switch (query.scope()) {
                        case OWN -> t.customerUserLogin().equalsIgnoreCase(decision.login());
                        case COMPANY -> decision.companyCustomerIds().stream()
                                .anyMatch(id -> id.equalsIgnoreCase(t.customerId()));
                        case ALL_VISIBLE -> decision.maySee(t.customerId(), t.customerUserLogin());
                    })
                    .filter(t -> query.customerId() == null || t.customerId().equalsIgnoreCase(query.customerId()))
                    .filter(t -> (t.number() + " " + t.title()).toLowerCase(Locale.ROOT)
                            .contains(query.filter().toLowerCase(Locale.ROOT)))
                    .sorted(Comparator.comparing(Ticket::createdAt).reversed())
                    .toList();
            int from = Math.min(query.offset(), visible.size());
            int to = Math.min(from + query.limit(), visible.size());
            return new Page<>(visible.subList(from, to), visible.size());
        }

        @Override
        public Optional<Ticket> openAsCustomer(String login, String number) {
            AccessDecision decision = access.decide(login);
            return tickets.stream().filter(t -> t.number().equals(number))
                    .filter(t -> decision.maySee(t.customerId(), t.customerUserLogin())).findFirst();
        }

        @Override
        public Ticket createTicket(String customerId, String customerUserLogin, String title, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Ticket setState(String number, TicketState state, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Ticket> findTicket(String number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Ticket> searchTickets(String filter, int offset, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
