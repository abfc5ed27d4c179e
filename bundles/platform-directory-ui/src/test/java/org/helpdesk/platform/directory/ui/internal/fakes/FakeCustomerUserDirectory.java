package org.helpdesk.platform.directory.ui.internal.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;

/** Customer users in a map, with a log of every write, for tests. */
public class FakeCustomerUserDirectory implements CustomerUserDirectory {

    public final List<String> calls = new ArrayList<>();
    public final List<CustomerUserDraft> drafts = new ArrayList<>();
    private final Map<String, CustomerUser> users = new TreeMap<>();

    public FakeCustomerUserDirectory with(CustomerUser user) {
        users.put(user.login().toLowerCase(Locale.ROOT), user);
        return this;
    }

    @Override
    public Optional<CustomerUser> findCustomerUser(String login) {
        return Optional.ofNullable(users.get(login.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Page<CustomerUser> searchCustomerUsers(Search<CustomerUserSort> search) {
        List<CustomerUser> all = List.copyOf(users.values());
        int from = Math.min(search.offset(), all.size());
        return new Page<>(all.subList(from, Math.min(from + search.limit(), all.size())), all.size());
    }

    @Override
    public long countCustomerUsers(Search<CustomerUserSort> search) {
        return users.size();
    }

    @Override
    public CustomerUser createCustomerUser(String login, CustomerUserDraft draft, String actor) {
        calls.add("create " + login + " by " + actor);
        drafts.add(draft);
        return put(new CustomerUser(login, draft.firstName(), draft.lastName(), draft.email(),
                draft.primaryCustomerId(), true, "db"));
    }

    @Override
    public CustomerUser updateCustomerUser(String login, CustomerUserDraft draft, String actor) {
        calls.add("update " + login + " by " + actor);
        drafts.add(draft);
        CustomerUser old = existing(login);
        return put(new CustomerUser(old.login(), draft.firstName(), draft.lastName(), draft.email(),
                draft.primaryCustomerId(), old.valid(), old.backend()));
    }

    @Override
    public CustomerUser renameCustomerUser(String login, String newLogin, String actor) {
        calls.add("rename " + login + " " + newLogin + " by " + actor);
        CustomerUser old = existing(login);
        if (users.containsKey(newLogin.toLowerCase(Locale.ROOT)) && !login.equalsIgnoreCase(newLogin)) {
            throw new DirectoryException(Reason.DUPLICATE, newLogin, "exists");
        }
        users.remove(login.toLowerCase(Locale.ROOT));
        return put(new CustomerUser(newLogin, old.firstName(), old.lastName(), old.email(), old.primaryCustomerId(),
                old.valid(), old.backend()));
    }

    @Override
    public CustomerUser setCustomerUserValid(String login, boolean valid, String actor) {
        calls.add("setValid " + login + " " + valid + " by " + actor);
        CustomerUser old = existing(login);
        return put(new CustomerUser(old.login(), old.firstName(), old.lastName(), old.email(),
                old.primaryCustomerId(), valid, old.backend()));
    }

    @Override
    public void deleteCustomerUser(String login, String actor) {
        calls.add("delete " + login + " by " + actor);
        users.remove(existing(login).login().toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<CustomerUser> authenticate(String login, char[] password) {
        return Optional.empty();
    }

    private CustomerUser existing(String login) {
        return findCustomerUser(login)
                .orElseThrow(() -> new DirectoryException(Reason.UNKNOWN_CUSTOMER_USER, login, "unknown"));
    }

    private CustomerUser put(CustomerUser user) {
        users.put(user.login().toLowerCase(Locale.ROOT), user);
        return user;
    }

    @Override
    public java.util.List<String> matchingLogins(String filter, org.helpdesk.platform.api.directory.dto.Validity validity, String afterLogin, int limit) {
        throw new UnsupportedOperationException("not used by the views");
    }
}
