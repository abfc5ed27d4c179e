package org.helpdesk.platform.portal.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.api.tickets.dto.CustomerTicketQuery;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketState;

/** In-memory stand-ins for the platform's services, with the worked example of the access rules. */
final class Fakes {

    private Fakes() {
    }

    /** Users, passwords (= login) and customer IDs; the switch CustomerDisableCompanyTicketAccess. */
    static final class Directory implements CustomerUserDirectory, CustomerAccess {

        final Map<String, CustomerUser> users = new LinkedHashMap<>();
        final Map<String, List<String>> customerIds = new LinkedHashMap<>();
        volatile boolean companyTicketAccessDisabled;

        Directory() {
            add("alice", "acme", "acme");
            add("bob", "acme", "acme");
            add("carol", "globex", "globex");
        }

        void add(String login, String primary, String... ids) {
            users.put(login.toLowerCase(Locale.ROOT), new CustomerUser(login, login.substring(0, 1).toUpperCase(Locale.ROOT)
                    + login.substring(1), "Test", login + "@example.org", primary, true, "db"));
            customerIds.put(login.toLowerCase(Locale.ROOT), List.of(ids));
        }

        void invalidate(String login) {
            CustomerUser u = users.get(login);
            users.put(login, new CustomerUser(u.login(), u.firstName(), u.lastName(), u.email(), u.primaryCustomerId(),
                    false, u.backend()));
        }

        @Override
        public Optional<CustomerUser> findCustomerUser(String login) {
            return Optional.ofNullable(users.get(login.toLowerCase(Locale.ROOT)));
        }

        @Override
        public Optional<CustomerUser> authenticate(String login, char[] password) {
            return findCustomerUser(login).filter(CustomerUser::valid)
                    .filter(u -> u.login().equals(new String(password)));
        }

        @Override
        public AccessDecision decide(String login) {
            CustomerUser user = findCustomerUser(login).orElseThrow(() -> new DirectoryException(
                    DirectoryException.Reason.UNKNOWN_CUSTOMER_USER, login, "unknown customer user: " + login));
            List<CustomerIdGrant> grants = customerIds.get(user.login().toLowerCase(Locale.ROOT)).stream()
                    .map(id -> new CustomerIdGrant(id, CustomerIdGrant.PRIMARY)).toList();
            return new AccessDecision(user.login(), grants, companyTicketAccessDisabled);
        }

        @Override
        public boolean companyTicketAccessDisabled() {
            return companyTicketAccessDisabled;
        }

        @Override
        public Page<CustomerUser> searchCustomerUsers(Search<CustomerUserSort> search) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countCustomerUsers(Search<CustomerUserSort> search) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CustomerUser createCustomerUser(String login, CustomerUserDraft draft, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CustomerUser updateCustomerUser(String login, CustomerUserDraft draft, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CustomerUser renameCustomerUser(String login, String newLogin, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CustomerUser setCustomerUserValid(String login, boolean valid, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteCustomerUser(String login, String actor) {
            throw new UnsupportedOperationException();
        }
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
