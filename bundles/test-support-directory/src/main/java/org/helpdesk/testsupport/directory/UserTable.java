package org.helpdesk.testsupport.directory;

import static org.helpdesk.platform.api.directory.CustomerUserDirectory.MAX_FIELD_LENGTH;
import static org.helpdesk.platform.api.directory.CustomerUserDirectory.MAX_LOGIN_LENGTH;
import static org.helpdesk.testsupport.directory.Store.lower;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.helpdesk.platform.api.directory.DirectoryValues;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.Validity;

/** The customer-user records of a {@link Store}, each change one "transaction" under its lock; refusals as the real directory's. */
final class UserTable {

    /** A customer user before and after a change of login. */
    record LoginChange(CustomerUser before, CustomerUser after) {
    }

    private final Store store;

    UserTable(Store store) {
        this.store = store;
    }

    Optional<CustomerUser> find(String login) {
        synchronized (store) {
            return Optional.ofNullable(record(login)).map(u -> u.toUser(store.customers));
        }
    }

    Map<String, CustomerUser> findAll(Collection<String> logins) {
        Map<String, CustomerUser> found = new HashMap<>();
        for (String login : logins) {
            find(login).ifPresent(u -> found.put(lower(u.login()), u));
        }
        return found;
    }

    /** @return the users matching, in no particular order */
    List<CustomerUser> matching(Filter filter, Validity validity) {
        Objects.requireNonNull(validity, "validity");
        List<CustomerUser> all;
        synchronized (store) {
            all = store.users.values().stream().map(u -> u.toUser(store.customers)).toList();
        }
        return all.stream().filter(u -> Pages.hasValidity(u.valid(), validity)).filter(filter::matches).toList();
    }

    CustomerUser insert(String login, CustomerUserDraft draft, String backend, boolean valid) {
        String cleanLogin = DirectoryValues.id("Login", login, MAX_LOGIN_LENGTH);
        synchronized (store) {
            if (record(cleanLogin) != null) {
                throw duplicate(cleanLogin);
            }
            return put(row(cleanLogin, draft, Objects.requireNonNull(backend, "backend"), valid, null));
        }
    }

    /** Names, e-mail and primary customer; the password only when the draft has one. */
    CustomerUser update(String login, CustomerUserDraft draft) {
        synchronized (store) {
            UserRecord existing = existing(login);
            return put(row(existing.login(), draft, existing.backend(), existing.valid(), existing));
        }
    }

    LoginChange rename(String login, String newLogin) {
        String cleanNew = DirectoryValues.id("Login", newLogin, MAX_LOGIN_LENGTH);
        synchronized (store) {
            UserRecord before = existing(login);
            if (!lower(cleanNew).equals(lower(before.login())) && record(cleanNew) != null) {
                throw duplicate(cleanNew);
            }
            store.users.remove(lower(before.login()));
            return new LoginChange(before.toUser(store.customers), put(before.withLogin(cleanNew)));
        }
    }

    CustomerUser change(String login, UnaryOperator<UserRecord> change) {
        synchronized (store) {
            return put(change.apply(existing(login)));
        }
    }

    CustomerUser delete(String login) {
        synchronized (store) {
            UserRecord existing = existing(login);
            store.users.remove(lower(existing.login()));
            return existing.toUser(store.customers);
        }
    }

    /** @return the user when valid, with a password, and it is {@code password} */
    Optional<CustomerUser> authenticate(String login, char[] password) {
        if (password == null || password.length == 0) {
            return Optional.empty();
        }
        synchronized (store) {
            UserRecord user = record(login);
            return user != null && user.valid() && user.password() != null && Arrays.equals(user.password(), password)
                    ? Optional.of(user.toUser(store.customers)) : Optional.empty();
        }
    }

    /** @return the extra customer IDs stored for a user, as the database backend splits them */
    List<String> extraCustomerIds(String login) {
        String stored;
        synchronized (store) {
            UserRecord user = record(login);
            stored = user == null ? null : user.extraCustomerIds();
        }
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private UserRecord row(String login, CustomerUserDraft draft, String backend, boolean valid, UserRecord old) {
        String first = DirectoryValues.optional("First name", draft.firstName(), MAX_FIELD_LENGTH);
        String last = DirectoryValues.optional("Last name", draft.lastName(), MAX_FIELD_LENGTH);
        String email = DirectoryValues.email(draft.email(), MAX_FIELD_LENGTH);
        String primary = draft.primaryCustomerId();
        if (primary == null || primary.isBlank()) {
            throw new DirectoryException(Reason.INVALID_VALUE, primary, "The primary customer must not be empty");
        }
        Customer customer = store.customers.get(lower(primary.strip()));
        if (customer == null) {
            throw new DirectoryException(Reason.UNKNOWN_CUSTOMER, primary, "Unknown primary customer: '" + primary + "'");
        }
        char[] password = draft.password() == null || draft.password().length == 0
                ? (old == null ? null : old.password()) : draft.password().clone();
        return new UserRecord(login, first, last, email, lower(customer.customerId()), valid, backend, password,
                old == null ? null : old.extraCustomerIds());
    }

    private UserRecord record(String login) {
        return login == null || login.isBlank() ? null : store.users.get(lower(login.strip()));
    }

    private UserRecord existing(String login) {
        UserRecord existing = record(login);
        if (existing == null) {
            throw new DirectoryException(Reason.UNKNOWN_CUSTOMER_USER, login, "Unknown customer user: '" + login + "'");
        }
        return existing;
    }

    private CustomerUser put(UserRecord user) {
        store.users.put(lower(user.login()), user);
        return user.toUser(store.customers);
    }

    private static DirectoryException duplicate(String login) {
        return new DirectoryException(Reason.DUPLICATE, login,
                "A customer user with login '" + login + "' exists already (logins ignore case)");
    }
}
