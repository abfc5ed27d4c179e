package org.helpdesk.testsupport.directory;

import static org.helpdesk.testsupport.directory.Store.lower;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.helpdesk.platform.api.directory.DirectoryValues;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;

/**
 * The customer users of a {@link FakeDirectory}: {@link CustomerUserDirectory} as the real
 * {@code DbCustomerUserDirectory} does it, with the same search, order, checks, errors and events; users
 * created here belong to the backend {@value FakeDirectory#DB_BACKEND}. Passwords are kept as given, not
 * hashed. Every call but a lookup by login or a login attempt is logged in {@link #calls()}; every call
 * first throws the failure asked for by {@link FakeDirectory#failNext}.
 */
public final class FakeCustomerUsers implements CustomerUserDirectory {

    private final Store store;
    private final UserTable table;
    private final CallLog<CustomerUserSort> log = new CallLog<>();
    private final List<CustomerUserDraft> drafts = Collections.synchronizedList(new ArrayList<>());

    FakeCustomerUsers(Store store) {
        this.store = store;
        this.table = new UserTable(store);
    }

    /**
     * @return the calls so far: {@code search <filter> <offset>+<limit>} (also for {@code listCustomerUsers}),
     *         {@code count <filter>}, {@code matching <filter> after <login>}, {@code create <login> by <actor>},
     *         {@code update <login> by <actor>}, {@code rename <login> <new login> by <actor>},
     *         {@code setValid <login> <valid> by <actor>}, {@code delete <login> by <actor>}
     */
    public List<String> calls() {
        return log.calls();
    }

    /** @return the searches of {@code searchCustomerUsers} and {@code listCustomerUsers} so far */
    public List<Search<CustomerUserSort>> searches() {
        return log.searches();
    }

    /** @return the drafts given to {@code createCustomerUser} and {@code updateCustomerUser} so far, as given */
    public List<CustomerUserDraft> drafts() {
        synchronized (drafts) {
            return List.copyOf(drafts);
        }
    }

    UserTable table() {
        return table;
    }

    @Override
    public Optional<CustomerUser> findCustomerUser(String login) {
        store.failIfAsked();
        return table.find(login);
    }

    @Override
    public Map<String, CustomerUser> findCustomerUsers(Collection<String> logins) {
        store.failIfAsked();
        return table.findAll(logins);
    }

    @Override
    public Page<CustomerUser> searchCustomerUsers(Search<CustomerUserSort> search) {
        List<CustomerUser> matching = sorted(search);
        return new Page<>(Pages.slice(matching, search.offset(), search.limit()), matching.size());
    }

    @Override
    public List<CustomerUser> listCustomerUsers(Search<CustomerUserSort> search) {
        return Pages.slice(sorted(search), search.offset(), search.limit());
    }

    private List<CustomerUser> sorted(Search<CustomerUserSort> search) {
        log.search(search);
        store.failIfAsked();
        Comparator<CustomerUser> order = Comparator.comparing(sortKey(search.sort()).andThen(Store::lower))
                .thenComparing(u -> lower(u.login()));
        return table.matching(Filter.parse(search.filter()), search.validity()).stream()
                .sorted(search.order() == SortOrder.DESCENDING ? order.reversed() : order).toList();
    }

    private static Function<CustomerUser, String> sortKey(CustomerUserSort sort) {
        return switch (sort) {
            case FIRST_NAME -> CustomerUser::firstName;
            case LAST_NAME -> CustomerUser::lastName;
            case EMAIL -> CustomerUser::email;
            case PRIMARY_CUSTOMER_ID -> CustomerUser::primaryCustomerId;
            case LOGIN -> CustomerUser::login;
        };
    }

    @Override
    public long countCustomerUsers(Search<CustomerUserSort> search) {
        log.call("count " + search.filter());
        store.failIfAsked();
        return table.matching(Filter.parse(search.filter()), search.validity()).size();
    }

    @Override
    public List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
        log.call("matching " + filter + " after " + afterLogin);
        store.failIfAsked();
        DirectoryValues.keysetLimit(limit);
        String afterLc = afterLogin == null ? null : lower(afterLogin);
        return table.matching(Filter.parse(filter), validity).stream().map(CustomerUser::login)
                .filter(login -> afterLc == null || lower(login).compareTo(afterLc) > 0)
                .sorted(Comparator.comparing(Store::lower)).limit(limit).toList();
    }

    @Override
    public CustomerUser createCustomerUser(String login, CustomerUserDraft draft, String actor) {
        log.call("create " + login + " by " + actor);
        drafts.add(draft);
        store.failIfAsked();
        CustomerUser created = table.insert(login, draft, FakeDirectory.DB_BACKEND, true);
        store.postCustomerUser(DirectoryEvents.CUSTOMER_USER_CREATED, created.login(), null, actor);
        return created;
    }

    @Override
    public CustomerUser updateCustomerUser(String login, CustomerUserDraft draft, String actor) {
        log.call("update " + login + " by " + actor);
        drafts.add(draft);
        store.failIfAsked();
        CustomerUser changed = table.update(login, draft);
        store.postCustomerUser(DirectoryEvents.CUSTOMER_USER_CHANGED, changed.login(), null, actor);
        return changed;
    }

    @Override
    public CustomerUser renameCustomerUser(String login, String newLogin, String actor) {
        log.call("rename " + login + " " + newLogin + " by " + actor);
        store.failIfAsked();
        UserTable.LoginChange change = table.rename(login, newLogin);
        store.postCustomerUser(DirectoryEvents.CUSTOMER_USER_RENAMED, change.after().login(), change.before().login(),
                actor);
        return change.after();
    }

    @Override
    public CustomerUser setCustomerUserValid(String login, boolean valid, String actor) {
        log.call("setValid " + login + " " + valid + " by " + actor);
        store.failIfAsked();
        CustomerUser changed = table.change(login, u -> u.withValid(valid));
        store.postCustomerUser(DirectoryEvents.CUSTOMER_USER_CHANGED, changed.login(), null, actor);
        return changed;
    }

    @Override
    public void deleteCustomerUser(String login, String actor) {
        log.call("delete " + login + " by " + actor);
        store.failIfAsked();
        CustomerUser deleted = table.delete(login);
        store.postCustomerUser(DirectoryEvents.CUSTOMER_USER_DELETED, deleted.login(), null, actor);
    }

    @Override
    public Optional<CustomerUser> authenticate(String login, char[] password) {
        store.failIfAsked();
        return table.authenticate(login, password);
    }
}
