package org.helpdesk.customerrelations.ui.internal.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;

/** Customers in a sorted map with a log of the searches; writes are not needed by the relations view. */
public class FakeCustomers implements CustomerDirectory {

    public final List<String> calls = new ArrayList<>();
    private final Map<String, Customer> customers = new TreeMap<>();

    public FakeCustomers with(String id, String name, boolean valid) {
        customers.put(id.toLowerCase(Locale.ROOT), new Customer(id, name, valid));
        return this;
    }

    @Override
    public Optional<Customer> findCustomer(String customerId) {
        return Optional.ofNullable(customers.get(customerId.toLowerCase(Locale.ROOT)));
    }

    private List<Customer> matching(String filter) {
        return customers.values().stream().filter(c -> Filters.matches(filter, c.customerId(), c.name())).toList();
    }

    @Override
    public Page<Customer> searchCustomers(Search<CustomerSort> search) {
        calls.add("search " + search.filter() + " " + search.offset() + "+" + search.limit());
        List<Customer> all = matching(search.filter());
        int from = Math.min(search.offset(), all.size());
        return new Page<>(all.subList(from, Math.min(from + search.limit(), all.size())), all.size());
    }

    @Override
    public long countCustomers(Search<CustomerSort> search) {
        calls.add("count " + search.filter());
        return matching(search.filter()).size();
    }

    @Override
    public List<String> matchingCustomerIds(String filter, Validity validity, String afterCustomerId, int limit) {
        calls.add("matching " + filter + " after " + afterCustomerId);
        return matching(filter).stream().map(Customer::customerId)
                .filter(id -> afterCustomerId == null || id.compareToIgnoreCase(afterCustomerId) > 0)
                .limit(limit).toList();
    }

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
}
