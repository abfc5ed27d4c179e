package org.helpdesk.customerrelations.ui.internal.fakes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;

/** Customer users in a sorted map; writes are not needed by the relations view. */
public class FakeUsers implements CustomerUserDirectory {

    private final Map<String, CustomerUser> users = new TreeMap<>();

    public FakeUsers with(String login, String primary, String backend) {
        users.put(login.toLowerCase(Locale.ROOT), new CustomerUser(login, login.substring(0, 1).toUpperCase(Locale.ROOT)
                + login.substring(1), "Test", login + "@example.org", primary, true, backend));
        return this;
    }

    private List<CustomerUser> matching(String filter) {
        return users.values().stream()
                .filter(u -> Filters.matches(filter, u.login(), u.firstName(), u.lastName(), u.email(), u.primaryCustomerId()))
                .toList();
    }

    @Override
    public Optional<CustomerUser> findCustomerUser(String login) {
        return Optional.ofNullable(users.get(login.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Page<CustomerUser> searchCustomerUsers(Search<CustomerUserSort> search) {
        List<CustomerUser> all = matching(search.filter());
        int from = Math.min(search.offset(), all.size());
        return new Page<>(all.subList(from, Math.min(from + search.limit(), all.size())), all.size());
    }

    @Override
    public long countCustomerUsers(Search<CustomerUserSort> search) {
        return matching(search.filter()).size();
    }

    @Override
    public List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
        return matching(filter).stream().map(CustomerUser::login)
                .filter(login -> afterLogin == null || login.compareToIgnoreCase(afterLogin) > 0)
                .limit(limit).toList();
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

    @Override
    public Optional<CustomerUser> authenticate(String login, char[] password) {
        return Optional.empty();
    }
}
