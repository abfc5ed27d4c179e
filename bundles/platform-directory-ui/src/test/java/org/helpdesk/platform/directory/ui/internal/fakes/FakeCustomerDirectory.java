package org.helpdesk.platform.directory.ui.internal.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;

/** Customers in a map, with a log of every call, for tests. */
public class FakeCustomerDirectory implements CustomerDirectory {

    public final List<String> calls = new ArrayList<>();
    public final List<Search<CustomerSort>> searches = new ArrayList<>();
    private final Map<String, Customer> customers = new TreeMap<>();

    public FakeCustomerDirectory with(String id, String name, boolean valid) {
        customers.put(id.toLowerCase(Locale.ROOT), new Customer(id, name, valid));
        return this;
    }

    @Override
    public Optional<Customer> findCustomer(String customerId) {
        return Optional.ofNullable(customers.get(customerId.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Page<Customer> searchCustomers(Search<CustomerSort> search) {
        searches.add(search);
        List<Customer> matching = matching(search);
        Comparator<Customer> order = Comparator.comparing(
                search.sort() == CustomerSort.NAME ? Customer::name : Customer::customerId);
        matching.sort(search.order() == SortOrder.DESCENDING ? order.reversed() : order);
        int from = Math.min(search.offset(), matching.size());
        int to = Math.min(from + search.limit(), matching.size());
        return new Page<>(matching.subList(from, to), matching.size());
    }

    @Override
    public long countCustomers(Search<CustomerSort> search) {
        calls.add("count " + search.filter());
        return matching(search).size();
    }

    private List<Customer> matching(Search<CustomerSort> search) {
        String filter = search.filter().toLowerCase(Locale.ROOT);
        return new ArrayList<>(customers.values().stream()
                .filter(c -> (c.customerId() + " " + c.name()).toLowerCase(Locale.ROOT).contains(filter))
                .toList());
    }

    @Override
    public Customer createCustomer(String customerId, String name, String actor) {
        calls.add("create " + customerId + " " + name + " by " + actor);
        if (findCustomer(customerId).isPresent()) {
            throw new DirectoryException(Reason.DUPLICATE, customerId, "exists");
        }
        with(customerId, name, true);
        return findCustomer(customerId).orElseThrow();
    }

    @Override
    public Customer renameCompany(String customerId, String newName, String actor) {
        calls.add("renameCompany " + customerId + " " + newName + " by " + actor);
        Customer old = existing(customerId);
        return put(new Customer(old.customerId(), newName, old.valid()));
    }

    @Override
    public Customer changeCustomerId(String customerId, String newCustomerId, String actor) {
        calls.add("changeCustomerId " + customerId + " " + newCustomerId + " by " + actor);
        Customer old = existing(customerId);
        Customer other = customers.get(newCustomerId.toLowerCase(Locale.ROOT));
        if (other != null && other != old) {
            throw new DirectoryException(Reason.DUPLICATE, newCustomerId, "exists");
        }
        customers.remove(customerId.toLowerCase(Locale.ROOT));
        return put(new Customer(newCustomerId, old.name(), old.valid()));
    }

    @Override
    public Customer setCustomerValid(String customerId, boolean valid, String actor) {
        calls.add("setCustomerValid " + customerId + " " + valid + " by " + actor);
        Customer old = existing(customerId);
        return put(new Customer(old.customerId(), old.name(), valid));
    }

    @Override
    public void deleteCustomer(String customerId, String actor) {
        calls.add("deleteCustomer " + customerId + " by " + actor);
        customers.remove(existing(customerId).customerId().toLowerCase(Locale.ROOT));
    }

    private Customer existing(String customerId) {
        return findCustomer(customerId)
                .orElseThrow(() -> new DirectoryException(Reason.UNKNOWN_CUSTOMER, customerId, "unknown"));
    }

    private Customer put(Customer customer) {
        customers.put(customer.customerId().toLowerCase(Locale.ROOT), customer);
        return customer;
    }

    @Override
    public java.util.List<String> matchingCustomerIds(String filter, org.helpdesk.platform.api.directory.dto.Validity validity, String afterCustomerId, int limit) {
        throw new UnsupportedOperationException("not used by the views");
    }
}
