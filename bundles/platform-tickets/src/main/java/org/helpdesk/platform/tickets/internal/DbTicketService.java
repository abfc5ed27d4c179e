package org.helpdesk.platform.tickets.internal;

import static org.helpdesk.platform.tickets.internal.db.Like.lower;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.ibatis.exceptions.PersistenceException;
import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.tickets.TicketException;
import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.api.tickets.dto.CustomerTicketQuery;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketScope;
import org.helpdesk.platform.api.tickets.dto.TicketState;
import org.helpdesk.platform.tickets.internal.db.Like;
import org.helpdesk.platform.tickets.internal.db.TicketDatabase;
import org.helpdesk.platform.tickets.internal.db.TicketMapper;
import org.helpdesk.platform.tickets.internal.db.VisibleQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tickets in the database. Customer reads ask {@link CustomerAccess} at every call and hand its
 * decision to SQL; nothing here decides visibility on its own.
 */
@Component(service = TicketService.class)
public class DbTicketService implements TicketService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final TicketDatabase database;
    private final CustomerDirectory customers;
    private final CustomerUserDirectory users;
    private final CustomerAccess access;

    @Activate
    public DbTicketService(@Reference TicketDatabase database, @Reference CustomerDirectory customers,
            @Reference CustomerUserDirectory users, @Reference CustomerAccess access) {
        this.database = database;
        this.customers = customers;
        this.users = users;
        this.access = access;
    }

    /**
     * @return e.g. {@code 2026120100000017}: the creation day (UTC) and the global counter, so numbers are
     *         unique whatever the day and sort like their creation
     */
    public static String number(Instant createdAt, long sequence) {
        return DAY.format(createdAt) + String.format(Locale.ROOT, "%08d", sequence);
    }

    @Override
    public Ticket createTicket(String customerId, String customerUserLogin, String title, String actor) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw new TicketException("The title must not be empty");
        }
        if (cleanTitle.length() > MAX_TITLE_LENGTH) {
            throw new TicketException("The title is longer than " + MAX_TITLE_LENGTH + " characters: '"
                    + cleanTitle.substring(0, 40) + "...'");
        }
        Customer customer = customers.findCustomer(customerId == null ? "" : customerId.strip())
                .orElseThrow(() -> new TicketException("Unknown customer ID: '" + customerId + "'"));
        CustomerUser user = users.findCustomerUser(customerUserLogin == null ? "" : customerUserLogin.strip())
                .orElseThrow(() -> new TicketException("Unknown customer user: '" + customerUserLogin + "'"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = database.reserveNumbers(1);
        String number = number(now, id);
        String who = actor == null || actor.isBlank() ? "unknown" : actor;
        run(() -> database.write(s -> s.getMapper(TicketMapper.class).insert(id, number, cleanTitle, lower(cleanTitle),
                TicketState.OPEN.name(), customer.customerId(), lower(customer.customerId()), user.login(),
                lower(user.login()), now, who)));
        return new Ticket(number, cleanTitle, TicketState.OPEN, customer.customerId(), user.login(), now);
    }

    @Override
    public Ticket setState(String number, TicketState state, String actor) {
        String key = number == null ? "" : number.strip();
        return run(() -> database.write(s -> {
            TicketMapper mapper = s.getMapper(TicketMapper.class);
            if (mapper.updateState(key, state.name(), Instant.now(), actor == null ? "unknown" : actor) != 1) {
                throw new TicketException("Unknown ticket number: '" + number + "'");
            }
            return mapper.findByNumber(key);
        }));
    }

    @Override
    public Optional<Ticket> findTicket(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(run(() -> database.read(s -> s.getMapper(TicketMapper.class)
                .findByNumber(number.strip()))));
    }

    @Override
    public Page<Ticket> searchTickets(String filter, int offset, int limit) {
        checkPage(offset, limit);
        List<String> words = Like.containsPatterns(filter);
        return run(() -> database.read(s -> {
            TicketMapper mapper = s.getMapper(TicketMapper.class);
            return new Page<>(mapper.search(words, offset, limit), mapper.count(words));
        }));
    }

    @Override
    public Page<Ticket> customerTickets(CustomerTicketQuery query) {
        VisibleQuery sql = toSql(access.decide(query.login()), query);
        if (sql.empty()) {
            return new Page<>(List.of(), 0);
        }
        return run(() -> database.read(s -> {
            TicketMapper mapper = s.getMapper(TicketMapper.class);
            return new Page<>(mapper.visible(sql), mapper.countVisible(sql));
        }));
    }

    /**
     * The decision as SQL parts: OWN is the user's tickets, COMPANY those of the company customer IDs
     * (none while company access is disabled; they may include the user's own), ALL_VISIBLE both. A
     * customer ID filter narrows both parts; the company part stays only when the ID is one of the user's.
     */
    static VisibleQuery toSql(AccessDecision decision, CustomerTicketQuery query) {
        boolean own = query.scope() != TicketScope.COMPANY;
        List<String> companyIds = query.scope() == TicketScope.OWN ? List.of()
                : decision.companyCustomerIds().stream().map(Like::lower).distinct().toList();
        String only = query.customerId() == null || query.customerId().isBlank() ? null
                : lower(query.customerId().strip());
        if (only != null) {
            companyIds = companyIds.contains(only) ? List.of(only) : List.of();
        }
        return new VisibleQuery(own ? lower(decision.login()) : null, companyIds, only,
                Like.containsPatterns(query.filter()), query.offset(), query.limit());
    }

    @Override
    public Optional<Ticket> openAsCustomer(String login, String number) {
        AccessDecision decision = access.decide(login);
        return findTicket(number).filter(t -> decision.maySee(t.customerId(), t.customerUserLogin()));
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1 to 1000: " + limit);
        }
    }

    private static <T> T run(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceException e) {
            Throwable cause = e.getCause() instanceof TicketException ? e.getCause() : null;
            if (cause != null) {
                throw (TicketException) cause;
            }
            throw new TicketException("Database error: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
