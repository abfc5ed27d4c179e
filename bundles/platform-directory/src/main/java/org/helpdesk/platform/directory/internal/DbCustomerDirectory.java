package org.helpdesk.platform.directory.internal;

import static org.helpdesk.platform.directory.internal.db.Lower.lower;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.directory.DirectoryValues;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.directory.internal.db.CustomerMapper;
import org.helpdesk.platform.directory.internal.db.DirectoryDatabase;
import org.helpdesk.platform.directory.internal.db.KeyBatches;
import org.helpdesk.platform.directory.internal.db.SearchFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link CustomerDirectory} on the directory's database tables. */
@Component(service = CustomerDirectory.class)
public class DbCustomerDirectory implements CustomerDirectory {

    private final DirectoryDatabase database;
    private final DirectoryEventPublisher events;

    @Activate
    public DbCustomerDirectory(@Reference DirectoryDatabase database, @Reference DirectoryEventPublisher events) {
        this.database = database;
        this.events = events;
    }

    @Override
    public Optional<Customer> findCustomer(String customerId) {
        if (customerId == null || customerId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(database.read(s -> s.getMapper(CustomerMapper.class).find(lower(customerId.strip()))));
    }

    @Override
    public Map<String, Customer> findCustomers(Collection<String> customerIds) {
        Map<String, Customer> found = new HashMap<>();
        for (List<String> batch : KeyBatches.of(customerIds)) {
            for (Customer customer : database.read(s -> s.getMapper(CustomerMapper.class).findAll(batch))) {
                found.put(lower(customer.customerId()), customer);
            }
        }
        return found;
    }

    @Override
    public Page<Customer> searchCustomers(Search<CustomerSort> search) {
        SearchFilter filter = SearchFilter.parse(search.filter());
        return database.read(s -> {
            CustomerMapper mapper = s.getMapper(CustomerMapper.class);
            return new Page<>(items(mapper, filter, search), mapper.count(filter, search.validity()));
        });
    }

    @Override
    public List<Customer> listCustomers(Search<CustomerSort> search) {
        SearchFilter filter = SearchFilter.parse(search.filter());
        return database.read(s -> items(s.getMapper(CustomerMapper.class), filter, search));
    }

    private static List<Customer> items(CustomerMapper mapper, SearchFilter filter, Search<CustomerSort> search) {
        return mapper.search(filter, search.validity(), sortColumn(search.sort()), direction(search.order()),
                search.offset(), search.limit());
    }

    @Override
    public long countCustomers(Search<CustomerSort> search) {
        SearchFilter filter = SearchFilter.parse(search.filter());
        return database.read(s -> s.getMapper(CustomerMapper.class).count(filter, search.validity()));
    }

    @Override
    public List<String> matchingCustomerIds(String filter, Validity validity, String afterCustomerId, int limit) {
        SearchFilter parsed = SearchFilter.parse(filter == null ? "" : filter.strip());
        int checked = DirectoryValues.keysetLimit(limit);
        return database.read(s -> s.getMapper(CustomerMapper.class).matchingIds(parsed, validity,
                afterCustomerId == null ? null : lower(afterCustomerId), checked));
    }

    @Override
    public Customer createCustomer(String customerId, String name, String actor) {
        String id = DirectoryValues.id("Customer ID", customerId, MAX_ID_LENGTH);
        String cleanName = DirectoryValues.required("Customer name", name, MAX_NAME_LENGTH);
        Customer created = Sql.run(() -> database.write(s -> {
            CustomerMapper mapper = s.getMapper(CustomerMapper.class);
            if (mapper.idOf(lower(id)) != null) {
                throw duplicate(id);
            }
            mapper.insert(id, lower(id), cleanName, lower(cleanName), actor(actor));
            return mapper.find(lower(id));
        }), () -> duplicate(id));
        events.customer(DirectoryEvents.CUSTOMER_CREATED, created.customerId(), null, actor(actor));
        return created;
    }

    @Override
    public Customer renameCompany(String customerId, String newName, String actor) {
        String cleanName = DirectoryValues.required("Customer name", newName, MAX_NAME_LENGTH);
        Customer changed = Sql.run(() -> database.write(s -> {
            CustomerMapper mapper = s.getMapper(CustomerMapper.class);
            requireUpdated(mapper.updateName(lower(key(customerId)), cleanName, lower(cleanName), actor(actor)), customerId);
            return mapper.find(lower(key(customerId)));
        }), () -> duplicate(customerId));
        events.customer(DirectoryEvents.CUSTOMER_CHANGED, changed.customerId(), null, actor(actor));
        return changed;
    }

    @Override
    public Customer changeCustomerId(String customerId, String newCustomerId, String actor) {
        String newId = DirectoryValues.id("Customer ID", newCustomerId, MAX_ID_LENGTH);
        String oldKey = lower(key(customerId));
        Customer[] before = new Customer[1];
        Customer changed = Sql.run(() -> database.write(s -> {
            CustomerMapper mapper = s.getMapper(CustomerMapper.class);
            before[0] = mapper.find(oldKey);
            if (before[0] == null) {
                throw unknown(customerId);
            }
            Long other = mapper.idOf(lower(newId));
            if (other != null && !lower(newId).equals(oldKey)) {
                throw duplicate(newId);
            }
            mapper.updateId(oldKey, newId, lower(newId), actor(actor));
            return mapper.find(lower(newId));
        }), () -> duplicate(newId));
        events.customer(DirectoryEvents.CUSTOMER_RENAMED, changed.customerId(), before[0].customerId(), actor(actor));
        return changed;
    }

    @Override
    public Customer setCustomerValid(String customerId, boolean valid, String actor) {
        Customer changed = Sql.run(() -> database.write(s -> {
            CustomerMapper mapper = s.getMapper(CustomerMapper.class);
            requireUpdated(mapper.updateValid(lower(key(customerId)), valid, actor(actor)), customerId);
            return mapper.find(lower(key(customerId)));
        }), () -> duplicate(customerId));
        events.customer(DirectoryEvents.CUSTOMER_CHANGED, changed.customerId(), null, actor(actor));
        return changed;
    }

    @Override
    public void deleteCustomer(String customerId, String actor) {
        Customer deleted = Sql.run(() -> database.write(s -> {
            CustomerMapper mapper = s.getMapper(CustomerMapper.class);
            String idLc = lower(key(customerId));
            Customer existing = mapper.find(idLc);
            if (existing == null) {
                throw unknown(customerId);
            }
            long users = mapper.countPrimaryUsers(idLc);
            if (users > 0) {
                throw new DirectoryException(Reason.IN_USE, customerId, "Customer '" + existing.customerId()
                        + "' is the primary customer of " + users + " customer user(s); change or delete them first");
            }
            mapper.delete(idLc);
            return existing;
        }), () -> duplicate(customerId));
        events.customer(DirectoryEvents.CUSTOMER_DELETED, deleted.customerId(), null, actor(actor));
    }

    private static String key(String customerId) {
        if (customerId == null || customerId.isBlank()) {
            throw unknown(customerId);
        }
        return customerId.strip();
    }

    private static void requireUpdated(int rows, String customerId) {
        if (rows == 0) {
            throw unknown(customerId);
        }
    }

    static DirectoryException unknown(String customerId) {
        return new DirectoryException(Reason.UNKNOWN_CUSTOMER, customerId, "Unknown customer: '" + customerId + "'");
    }

    private static DirectoryException duplicate(String customerId) {
        return new DirectoryException(Reason.DUPLICATE, customerId,
                "A customer with ID '" + customerId + "' exists already (IDs ignore case)");
    }

    static String actor(String actor) {
        return actor == null || actor.isBlank() ? "system" : actor;
    }

    private static String sortColumn(CustomerSort sort) {
        return sort == CustomerSort.NAME ? "name_lc" : "customer_id_lc";
    }

    static String direction(SortOrder order) {
        return order == SortOrder.DESCENDING ? "DESC" : "ASC";
    }
}
