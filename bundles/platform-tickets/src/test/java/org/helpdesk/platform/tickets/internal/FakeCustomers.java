package org.helpdesk.platform.tickets.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;

/** Customers by ID, for the ticket service's existence checks. */
final class FakeCustomers implements CustomerDirectory {

    final Map<String, Customer> customers = new LinkedHashMap<>();

    FakeCustomers add(String id) {
        customers.put(id.toLowerCase(Locale.ROOT), new Customer(id, id + " Inc", true));
        return this;
    }

    @Override
    public Optional<Customer> findCustomer(String customerId) {
        return Optional.ofNullable(customers.get(customerId.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Page<Customer> searchCustomers(Search<CustomerSort> search) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long countCustomers(Search<CustomerSort> search) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> matchingCustomerIds(String filter, Validity validity, String afterCustomerId, int limit) {
        return customers.keySet().stream().sorted()
                .filter(k -> afterCustomerId == null || k.compareTo(afterCustomerId.toLowerCase(Locale.ROOT)) > 0)
                .limit(limit).map(k -> customers.get(k).customerId()).toList();
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
