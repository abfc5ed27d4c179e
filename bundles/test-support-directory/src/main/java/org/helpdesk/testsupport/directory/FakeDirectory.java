package org.helpdesk.testsupport.directory;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.helpdesk.platform.api.directory.DirectoryValues;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;

/**
 * An in-memory stand-in for the platform's directory, for unit tests: its customers
 * ({@link FakeCustomers}), customer users ({@link FakeCustomerUsers}), backends ({@link FakeBackend}) and the
 * access decision on them ({@link FakeCustomerAccess}), all sharing one set of records and behaving as the
 * real services do (search words, counts, order, paging, case rules, checks, errors, events).
 * <p>
 * The {@code add...} and {@code set...} methods are a test's set-up: they check values as the real
 * directory does (a user's primary customer must exist, IDs and logins are unique ignoring case) but are not
 * logged and post no events. Safe for use from several threads.
 */
public final class FakeDirectory {

    /** The backend of users created through {@link FakeCustomerUsers#createCustomerUser}, as in the real directory. */
    public static final String DB_BACKEND = "db";

    /** Longest list of extra customer IDs (comma-separated), as the real directory keeps it. */
    static final int MAX_EXTRA_IDS_LENGTH = 2000;

    private final Store store = new Store();
    private final FakeCustomers customers = new FakeCustomers(store);
    private final FakeCustomerUsers users = new FakeCustomerUsers(store);
    private final FakeCustomerAccess access = new FakeCustomerAccess(users, store);

    public FakeCustomers customers() {
        return customers;
    }

    public FakeCustomerUsers users() {
        return users;
    }

    public FakeCustomerAccess access() {
        return access;
    }

    /** @return the backend with this ID, created with the defaults on first use; {@link #access()} knows it from then on */
    public FakeBackend backend(String id) {
        return store.backends.computeIfAbsent(id, i -> new FakeBackend(i, users.table()));
    }

    /** The backend goes away, as its service would: {@link #access()} no longer knows it. */
    public void removeBackend(String id) {
        store.backends.remove(id);
    }

    public FakeDirectory addCustomer(String customerId, String name) {
        return addCustomer(customerId, name, true);
    }

    public FakeDirectory addCustomer(String customerId, String name, boolean valid) {
        customers.insert(customerId, name, valid);
        return this;
    }

    /** A valid user in backend {@value #DB_BACKEND}; see {@link #addUser(String, String, String)}. */
    public FakeDirectory addUser(String login, String primaryCustomerId) {
        return addUser(login, primaryCustomerId, DB_BACKEND);
    }

    /**
     * A valid user named after the login: first name {@code Alice} and e-mail {@code alice@example.org} for the
     * login {@code alice} (the login itself when it is an e-mail address), last name {@code Test}.
     */
    public FakeDirectory addUser(String login, String primaryCustomerId, String backend) {
        String first = login.isEmpty() ? "" : login.substring(0, 1).toUpperCase(Locale.ROOT) + login.substring(1);
        String email = login.contains("@") ? login : login + "@example.org";
        return addUser(new CustomerUser(login, first, "Test", email, primaryCustomerId, true, backend));
    }

    /** This user as it is, backend and validity included; it reads back with its primary customer's spelling. */
    public FakeDirectory addUser(CustomerUser user) {
        users.table().insert(user.login(), new CustomerUserDraft(user.firstName(), user.lastName(), user.email(),
                user.primaryCustomerId(), null), user.backend(), user.valid());
        return this;
    }

    /** A password for {@link FakeCustomerUsers#authenticate}. */
    public FakeDirectory setPassword(String login, String password) {
        users.table().change(login, u -> u.withPassword(password.toCharArray()));
        return this;
    }

    /** The extra customer IDs stored for a user, delivered by its backend when switched on ({@link FakeBackend}). */
    public FakeDirectory setExtraCustomerIds(String login, String... customerIds) {
        String ids = DirectoryValues.optional("Extra customer IDs", String.join(",", customerIds),
                MAX_EXTRA_IDS_LENGTH);
        users.table().change(login, u -> u.withExtraCustomerIds(ids.isEmpty() ? null : ids));
        return this;
    }

    /** @return the events the writes posted so far, oldest first */
    public List<PostedEvent> events() {
        return store.events();
    }

    /** Hands every later event to {@code listener} at once, in the writing thread, as EventAdmin's sendEvent. */
    public FakeDirectory onEvent(Consumer<PostedEvent> listener) {
        store.addListener(listener);
        return this;
    }

    /**
     * The next call of any method of {@link #customers()}, {@link #users()} or {@link #access()}, read or write,
     * throws {@code failure} (e.g. reason {@code DATABASE}) and writes nothing; later calls work again.
     */
    public void failNext(DirectoryException failure) {
        store.failNext(failure);
    }

    /** As {@link #failNext}, for every call from now on (a directory that is down); {@code null} ends it. */
    public void failEveryCall(DirectoryException failure) {
        store.failEveryCall(failure);
    }
}
