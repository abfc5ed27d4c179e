package org.helpdesk.testsupport.directory;

import static org.helpdesk.testsupport.directory.Store.lower;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.directory.DirectoryValues;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;

/**
 * The customers of a {@link FakeDirectory}: {@link CustomerDirectory} as the real {@code DbCustomerDirectory}
 * does it, with the same search, order, checks, errors and events. Sorting compares lower-case text by code
 * point, as Derby does (PostgreSQL may order punctuation by its collation). Every call but a lookup by ID is
 * logged in {@link #calls()}; every call first throws the failure asked for by {@link FakeDirectory#failNext}.
 */
public final class FakeCustomers implements CustomerDirectory {

    private final Store store;
    private final CustomerTable table;
    private final CallLog<CustomerSort> log = new CallLog<>();

    FakeCustomers(Store store) {
        this.store = store;
        this.table = new CustomerTable(store);
    }

    /**
     * @return the calls so far: {@code search <filter> <offset>+<limit>} (also for {@code listCustomers}),
     *         {@code count <filter>}, {@code matching <filter> after <id>}, {@code create <id> <name> by <actor>},
     *         {@code renameCompany <id> <name> by <actor>}, {@code changeCustomerId <id> <new ID> by <actor>},
     *         {@code setCustomerValid <id> <valid> by <actor>}, {@code deleteCustomer <id> by <actor>}
     */
    public List<String> calls() {
        return log.calls();
    }

    /** @return the searches of {@code searchCustomers} and {@code listCustomers} so far */
    public List<Search<CustomerSort>> searches() {
        return log.searches();
    }

    /** A test's set-up: a customer with the checks of {@link #createCustomer}, not logged, no event. */
    Customer insert(String customerId, String name, boolean valid) {
        return table.insert(customerId, name, valid);
    }

    @Override
    public Optional<Customer> findCustomer(String customerId) {
        store.failIfAsked();
        return table.find(customerId);
    }

    @Override
    public Map<String, Customer> findCustomers(Collection<String> customerIds) {
        store.failIfAsked();
        return table.findAll(customerIds);
    }

    @Override
    public Page<Customer> searchCustomers(Search<CustomerSort> search) {
        List<Customer> matching = sorted(search);
        return new Page<>(Pages.slice(matching, search.offset(), search.limit()), matching.size());
    }

    @Override
    public List<Customer> listCustomers(Search<CustomerSort> search) {
        return Pages.slice(sorted(search), search.offset(), search.limit());
    }

    private List<Customer> sorted(Search<CustomerSort> search) {
        log.search(search);
        store.failIfAsked();
        Comparator<Customer> order = Comparator.comparing(
                (Customer c) -> lower(search.sort() == CustomerSort.NAME ? c.name() : c.customerId()))
                .thenComparing(c -> lower(c.customerId()));
        return table.matching(Filter.parse(search.filter()), search.validity()).stream()
                .sorted(search.order() == SortOrder.DESCENDING ? order.reversed() : order).toList();
    }

    @Override
    public long countCustomers(Search<CustomerSort> search) {
        log.call("count " + search.filter());
        store.failIfAsked();
        return table.matching(Filter.parse(search.filter()), search.validity()).size();
    }

    @Override
    public List<String> matchingCustomerIds(String filter, Validity validity, String afterCustomerId, int limit) {
        log.call("matching " + filter + " after " + afterCustomerId);
        store.failIfAsked();
        DirectoryValues.keysetLimit(limit);
        String afterLc = afterCustomerId == null ? null : lower(afterCustomerId);
        return table.matching(Filter.parse(filter), validity).stream().map(Customer::customerId)
                .filter(id -> afterLc == null || lower(id).compareTo(afterLc) > 0)
                .sorted(Comparator.comparing(Store::lower)).limit(limit).toList();
    }

    @Override
    public Customer createCustomer(String customerId, String name, String actor) {
        log.call("create " + customerId + " " + name + " by " + actor);
        store.failIfAsked();
        Customer created = table.insert(customerId, name, true);
        store.postCustomer(DirectoryEvents.CUSTOMER_CREATED, created.customerId(), null, actor);
        return created;
    }

    @Override
    public Customer renameCompany(String customerId, String newName, String actor) {
        log.call("renameCompany " + customerId + " " + newName + " by " + actor);
        store.failIfAsked();
        String name = DirectoryValues.required("Customer name", newName, MAX_NAME_LENGTH);
        Customer changed = table.update(customerId, c -> new Customer(c.customerId(), name, c.valid()));
        store.postCustomer(DirectoryEvents.CUSTOMER_CHANGED, changed.customerId(), null, actor);
        return changed;
    }

    @Override
    public Customer changeCustomerId(String customerId, String newCustomerId, String actor) {
        log.call("changeCustomerId " + customerId + " " + newCustomerId + " by " + actor);
        store.failIfAsked();
        CustomerTable.IdChange change = table.changeId(customerId, newCustomerId);
        store.postCustomer(DirectoryEvents.CUSTOMER_RENAMED, change.after().customerId(), change.before().customerId(),
                actor);
        return change.after();
    }

    @Override
    public Customer setCustomerValid(String customerId, boolean valid, String actor) {
        log.call("setCustomerValid " + customerId + " " + valid + " by " + actor);
        store.failIfAsked();
        Customer changed = table.update(customerId, c -> new Customer(c.customerId(), c.name(), valid));
        store.postCustomer(DirectoryEvents.CUSTOMER_CHANGED, changed.customerId(), null, actor);
        return changed;
    }

    @Override
    public void deleteCustomer(String customerId, String actor) {
        log.call("deleteCustomer " + customerId + " by " + actor);
        store.failIfAsked();
        Customer deleted = table.delete(customerId);
        store.postCustomer(DirectoryEvents.CUSTOMER_DELETED, deleted.customerId(), null, actor);
    }
}
