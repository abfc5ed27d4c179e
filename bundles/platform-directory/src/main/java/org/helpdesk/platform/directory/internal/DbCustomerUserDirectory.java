package org.helpdesk.platform.directory.internal;

import static org.helpdesk.platform.directory.internal.DbCustomerDirectory.actor;
import static org.helpdesk.platform.directory.internal.DbCustomerDirectory.direction;
import static org.helpdesk.platform.directory.internal.db.Lower.lower;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.ibatis.session.SqlSession;
import org.helpdesk.platform.api.directory.DirectoryValues;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.directory.internal.db.CustomerMapper;
import org.helpdesk.platform.directory.internal.db.CustomerUserMapper;
import org.helpdesk.platform.directory.internal.db.CustomerUserRow;
import org.helpdesk.platform.directory.internal.db.DirectoryDatabase;
import org.helpdesk.platform.directory.internal.db.KeyBatches;
import org.helpdesk.platform.directory.internal.db.SearchFilter;
import org.helpdesk.platform.directory.internal.db.SearchWords;
import org.helpdesk.platform.directory.internal.db.WordRows;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The customer users in the directory's database tables; new users go to the DB backend. Registered
 * for this bundle only: the platform's {@link CustomerUserDirectory} is the one over all backends.
 */
@Component(service = DbCustomerUserDirectory.class)
public class DbCustomerUserDirectory implements CustomerUserDirectory {

    /** Backend ID of users created here. */
    public static final String DB_BACKEND = "db";

    private final DirectoryDatabase database;
    private final DirectoryEventPublisher events;

    @Activate
    public DbCustomerUserDirectory(@Reference DirectoryDatabase database, @Reference DirectoryEventPublisher events) {
        this.database = database;
        this.events = events;
    }

    @Override
    public Optional<CustomerUser> findCustomerUser(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(database.read(s -> s.getMapper(CustomerUserMapper.class).find(lower(login.strip()))));
    }

    @Override
    public Map<String, CustomerUser> findCustomerUsers(Collection<String> logins) {
        Map<String, CustomerUser> found = new HashMap<>();
        for (List<String> batch : KeyBatches.of(logins)) {
            for (CustomerUser user : database.read(s -> s.getMapper(CustomerUserMapper.class).findAll(batch))) {
                found.put(lower(user.login()), user);
            }
        }
        return found;
    }

    @Override
    public Page<CustomerUser> searchCustomerUsers(Search<CustomerUserSort> search) {
        SearchFilter filter = SearchFilter.parse(search.filter());
        return database.read(s -> {
            CustomerUserMapper mapper = s.getMapper(CustomerUserMapper.class);
            return new Page<>(items(mapper, filter, search), mapper.count(filter, search.validity()));
        });
    }

    @Override
    public List<CustomerUser> listCustomerUsers(Search<CustomerUserSort> search) {
        SearchFilter filter = SearchFilter.parse(search.filter());
        return database.read(s -> items(s.getMapper(CustomerUserMapper.class), filter, search));
    }

    private static List<CustomerUser> items(CustomerUserMapper mapper, SearchFilter filter,
            Search<CustomerUserSort> search) {
        return mapper.search(filter, search.validity(), sortColumn(search.sort()), direction(search.order()),
                search.offset(), search.limit());
    }

    @Override
    public long countCustomerUsers(Search<CustomerUserSort> search) {
        SearchFilter filter = SearchFilter.parse(search.filter());
        return database.read(s -> s.getMapper(CustomerUserMapper.class).count(filter, search.validity()));
    }

    @Override
    public List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
        SearchFilter parsed = SearchFilter.parse(filter == null ? "" : filter.strip());
        int checked = DirectoryValues.keysetLimit(limit);
        return database.read(s -> s.getMapper(CustomerUserMapper.class).matchingLogins(parsed, validity,
                afterLogin == null ? null : lower(afterLogin), checked));
    }

    @Override
    public CustomerUser createCustomerUser(String login, CustomerUserDraft draft, String actor) {
        String cleanLogin = DirectoryValues.id("Login", login, MAX_LOGIN_LENGTH);
        CustomerUser created = Sql.run(() -> database.write(s -> {
            CustomerUserMapper mapper = s.getMapper(CustomerUserMapper.class);
            if (mapper.find(lower(cleanLogin)) != null) {
                throw duplicate(cleanLogin);
            }
            CustomerUserRow row = row(s, cleanLogin, draft, DB_BACKEND);
            mapper.insert(row, actor(actor));
            WordRows.store(mapper, row.getLoginLc(), SearchWords.stored(row));
            mapper.addToTotal(true, 1);
            return mapper.find(lower(cleanLogin));
        }), () -> duplicate(cleanLogin));
        events.customerUser(DirectoryEvents.CUSTOMER_USER_CREATED, created.login(), null, actor(actor));
        return created;
    }

    @Override
    public CustomerUser updateCustomerUser(String login, CustomerUserDraft draft, String actor) {
        CustomerUser changed = Sql.run(() -> database.write(s -> {
            CustomerUserMapper mapper = s.getMapper(CustomerUserMapper.class);
            CustomerUser existing = requireUser(mapper, login);
            CustomerUserRow row = row(s, existing.login(), draft, existing.backend());
            WordRows.drop(mapper, existing);
            mapper.update(row, actor(actor));
            WordRows.store(mapper, row.getLoginLc(), SearchWords.stored(row));
            return mapper.find(lower(existing.login()));
        }), () -> duplicate(login));
        events.customerUser(DirectoryEvents.CUSTOMER_USER_CHANGED, changed.login(), null, actor(actor));
        return changed;
    }

    @Override
    public CustomerUser renameCustomerUser(String login, String newLogin, String actor) {
        String cleanNew = DirectoryValues.id("Login", newLogin, MAX_LOGIN_LENGTH);
        CustomerUser[] before = new CustomerUser[1];
        CustomerUser changed = Sql.run(() -> database.write(s -> {
            CustomerUserMapper mapper = s.getMapper(CustomerUserMapper.class);
            before[0] = requireUser(mapper, login);
            String oldLc = lower(before[0].login());
            if (!lower(cleanNew).equals(oldLc) && mapper.find(lower(cleanNew)) != null) {
                throw duplicate(cleanNew);
            }
            WordRows.drop(mapper, before[0]);
            mapper.updateLogin(oldLc, cleanNew, lower(cleanNew), actor(actor));
            CustomerUser renamed = mapper.find(lower(cleanNew));
            WordRows.store(mapper, lower(cleanNew), SearchWords.stored(renamed));
            return renamed;
        }), () -> duplicate(cleanNew));
        events.customerUser(DirectoryEvents.CUSTOMER_USER_RENAMED, changed.login(), before[0].login(), actor(actor));
        return changed;
    }

    @Override
    public CustomerUser setCustomerUserValid(String login, boolean valid, String actor) {
        CustomerUser changed = Sql.run(() -> database.write(s -> {
            CustomerUserMapper mapper = s.getMapper(CustomerUserMapper.class);
            CustomerUser existing = requireUser(mapper, login);
            mapper.updateValid(lower(existing.login()), valid, actor(actor));
            if (existing.valid() != valid) {
                // always the valid row first: two changes in opposite directions must not deadlock
                mapper.addToTotal(true, valid ? 1 : -1);
                mapper.addToTotal(false, valid ? -1 : 1);
            }
            return mapper.find(lower(existing.login()));
        }), () -> duplicate(login));
        events.customerUser(DirectoryEvents.CUSTOMER_USER_CHANGED, changed.login(), null, actor(actor));
        return changed;
    }

    @Override
    public void deleteCustomerUser(String login, String actor) {
        CustomerUser deleted = Sql.run(() -> database.write(s -> {
            CustomerUserMapper mapper = s.getMapper(CustomerUserMapper.class);
            CustomerUser existing = requireUser(mapper, login);
            WordRows.drop(mapper, existing);
            mapper.delete(lower(existing.login()));
            mapper.addToTotal(existing.valid(), -1);
            return existing;
        }), () -> duplicate(login));
        events.customerUser(DirectoryEvents.CUSTOMER_USER_DELETED, deleted.login(), null, actor(actor));
    }

    @Override
    public Optional<CustomerUser> authenticate(String login, char[] password) {
        if (login == null || login.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        String loginLc = lower(login.strip());
        String hash = database.read(s -> s.getMapper(CustomerUserMapper.class).passwordHash(loginLc));
        if (!PasswordHasher.matches(password, hash)) {
            return Optional.empty();
        }
        return findCustomerUser(login).filter(CustomerUser::valid);
    }

    /** Stores the extra customer IDs the DB backend delivers for a user (comma-separated), or clears them. */
    public CustomerUser setExtraCustomerIds(String login, String commaSeparatedIds, String actor) {
        String ids = DirectoryValues.optional("Extra customer IDs", commaSeparatedIds, 2000);
        CustomerUser changed = Sql.run(() -> database.write(s -> {
            CustomerUserMapper mapper = s.getMapper(CustomerUserMapper.class);
            CustomerUser existing = requireUser(mapper, login);
            mapper.updateExtraCustomerIds(lower(existing.login()), ids.isEmpty() ? null : ids, actor(actor));
            return existing;
        }), () -> duplicate(login));
        events.customerUser(DirectoryEvents.CUSTOMER_USER_CHANGED, changed.login(), null, actor(actor));
        return changed;
    }

    private static CustomerUserRow row(SqlSession session, String login, CustomerUserDraft draft, String backend) {
        String first = DirectoryValues.optional("First name", draft.firstName(), MAX_FIELD_LENGTH);
        String last = DirectoryValues.optional("Last name", draft.lastName(), MAX_FIELD_LENGTH);
        String email = DirectoryValues.email(draft.email(), MAX_FIELD_LENGTH);
        String primary = draft.primaryCustomerId();
        if (primary == null || primary.isBlank()) {
            throw new DirectoryException(Reason.INVALID_VALUE, primary, "The primary customer must not be empty");
        }
        Long customerRef = session.getMapper(CustomerMapper.class).idOf(lower(primary.strip()));
        if (customerRef == null) {
            throw new DirectoryException(Reason.UNKNOWN_CUSTOMER, primary,
                    "Unknown primary customer: '" + primary + "'");
        }
        String hash = draft.password() == null || draft.password().length == 0 ? null
                : PasswordHasher.hash(draft.password());
        return new CustomerUserRow(login, first, last, email, customerRef, backend, null, hash);
    }

    private static CustomerUser requireUser(CustomerUserMapper mapper, String login) {
        CustomerUser existing = login == null || login.isBlank() ? null : mapper.find(lower(login.strip()));
        if (existing == null) {
            throw unknown(login);
        }
        return existing;
    }

    static DirectoryException unknown(String login) {
        return new DirectoryException(Reason.UNKNOWN_CUSTOMER_USER, login, "Unknown customer user: '" + login + "'");
    }

    private static DirectoryException duplicate(String login) {
        return new DirectoryException(Reason.DUPLICATE, login,
                "A customer user with login '" + login + "' exists already (logins ignore case)");
    }

    private static String sortColumn(CustomerUserSort sort) {
        return switch (sort) {
            case FIRST_NAME -> "u.first_name_lc";
            case LAST_NAME -> "u.last_name_lc";
            case EMAIL -> "u.email_lc";
            case PRIMARY_CUSTOMER_ID -> "c.customer_id_lc";
            case LOGIN -> "u.login_lc";
        };
    }
}
