package org.helpdesk.customerrelations.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;

/**
 * An in-memory directory with the platform's search semantics in small: customers match a word anywhere in
 * ID or name, customer users at the start of login, names, e-mail, e-mail domain or primary customer ID.
 */
final class FakeDirectory implements CustomerDirectory, CustomerUserDirectory {

    final Map<String, Customer> customers = new ConcurrentSkipListMap<>();
    final Map<String, CustomerUser> users = new ConcurrentSkipListMap<>();

    private static String lc(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    Customer customer(String id) {
        Customer c = new Customer(id, "Company " + id, true);
        customers.put(lc(id), c);
        return c;
    }

    CustomerUser user(String login, String primary, String backend) {
        CustomerUser u = new CustomerUser(login, "First", "Last", login + "@example.org", primary, true, backend);
        users.put(lc(login), u);
        return u;
    }

    private static String[] words(String filter) {
        return filter == null || filter.isBlank() ? new String[0] : lc(filter.strip()).split("\\s+");
    }

    private static boolean matches(Customer c, String[] words) {
        return Arrays.stream(words).allMatch(w -> lc(c.customerId()).contains(w) || lc(c.name()).contains(w));
    }

    private static boolean matches(CustomerUser u, String[] words) {
        String domain = u.email().contains("@") ? u.email().substring(u.email().indexOf('@') + 1) : "";
        return Arrays.stream(words).allMatch(w -> Stream.of(u.login(), u.firstName(), u.lastName(), u.email(), domain,
                u.primaryCustomerId()).anyMatch(f -> lc(f).startsWith(w)));
    }

    @Override
    public Optional<Customer> findCustomer(String customerId) {
        return Optional.ofNullable(customers.get(lc(customerId)));
    }

    @Override
    public Page<Customer> searchCustomers(Search<CustomerSort> search) {
        List<Customer> all = customers.values().stream().filter(c -> matches(c, words(search.filter()))).toList();
        return new Page<>(all.stream().skip(search.offset()).limit(search.limit()).toList(), all.size());
    }

    @Override
    public long countCustomers(Search<CustomerSort> search) {
        return searchCustomers(search).total();
    }

    @Override
    public List<String> matchingCustomerIds(String filter, Validity validity, String afterCustomerId, int limit) {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, Customer> e : new TreeMap<>(customers).entrySet()) {
            if ((afterCustomerId == null || e.getKey().compareTo(lc(afterCustomerId)) > 0)
                    && matches(e.getValue(), words(filter)) && ids.size() < limit) {
                ids.add(e.getValue().customerId());
            }
        }
        return ids;
    }

    @Override
    public Optional<CustomerUser> findCustomerUser(String login) {
        return Optional.ofNullable(users.get(lc(login)));
    }

    @Override
    public Page<CustomerUser> searchCustomerUsers(Search<CustomerUserSort> search) {
        List<CustomerUser> all = users.values().stream().filter(u -> matches(u, words(search.filter()))).toList();
        return new Page<>(all.stream().skip(search.offset()).limit(search.limit()).toList(), all.size());
    }

    @Override
    public long countCustomerUsers(Search<CustomerUserSort> search) {
        return searchCustomerUsers(search).total();
    }

    @Override
    public List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
        List<String> logins = new ArrayList<>();
        for (Map.Entry<String, CustomerUser> e : users.entrySet()) {
            if ((afterLogin == null || e.getKey().compareTo(lc(afterLogin)) > 0)
                    && matches(e.getValue(), words(filter)) && logins.size() < limit) {
                logins.add(e.getValue().login());
            }
        }
        return logins;
    }

    // Writes are the platform's business; the tests change the maps directly.

    @Override
    public Customer createCustomer(String customerId, String name, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Customer renameCompany(String customerId, String newName, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Customer changeCustomerId(String customerId, String newCustomerId, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Customer setCustomerValid(String customerId, boolean valid, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteCustomer(String customerId, String actor) {
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

    @Override
    public Optional<CustomerUser> authenticate(String login, char[] password) {
        throw new UnsupportedOperationException();
    }
}
