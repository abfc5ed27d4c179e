package org.helpdesk.testsupport.directory;

import static org.helpdesk.platform.api.directory.CustomerDirectory.MAX_ID_LENGTH;
import static org.helpdesk.platform.api.directory.CustomerDirectory.MAX_NAME_LENGTH;
import static org.helpdesk.testsupport.directory.Store.lower;

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
import org.helpdesk.platform.api.directory.dto.Validity;

/** The customer records of a {@link Store}, each change one "transaction" under its lock; refusals as the real directory's. */
final class CustomerTable {

    /** A customer before and after a change of its ID. */
    record IdChange(Customer before, Customer after) {
    }

    private final Store store;

    CustomerTable(Store store) {
        this.store = store;
    }

    Optional<Customer> find(String customerId) {
        if (customerId == null || customerId.isBlank()) {
            return Optional.empty();
        }
        synchronized (store) {
            return Optional.ofNullable(store.customers.get(lower(customerId.strip())));
        }
    }

    Map<String, Customer> findAll(Collection<String> customerIds) {
        Map<String, Customer> found = new HashMap<>();
        for (String id : customerIds) {
            find(id).ifPresent(c -> found.put(lower(c.customerId()), c));
        }
        return found;
    }

    /** @return the customers matching, in no particular order */
    List<Customer> matching(Filter filter, Validity validity) {
        Objects.requireNonNull(validity, "validity");
        List<Customer> all;
        synchronized (store) {
            all = List.copyOf(store.customers.values());
        }
        return all.stream().filter(c -> Pages.hasValidity(c.valid(), validity)).filter(filter::matches).toList();
    }

    Customer insert(String customerId, String name, boolean valid) {
        String id = DirectoryValues.id("Customer ID", customerId, MAX_ID_LENGTH);
        String cleanName = DirectoryValues.required("Customer name", name, MAX_NAME_LENGTH);
        synchronized (store) {
            if (store.customers.containsKey(lower(id))) {
                throw duplicate(id);
            }
            return put(new Customer(id, cleanName, valid));
        }
    }

    Customer update(String customerId, UnaryOperator<Customer> change) {
        synchronized (store) {
            return put(change.apply(existing(customerId)));
        }
    }

    /** Users whose primary customer it is follow. */
    IdChange changeId(String customerId, String newCustomerId) {
        String newId = DirectoryValues.id("Customer ID", newCustomerId, MAX_ID_LENGTH);
        synchronized (store) {
            Customer before = existing(customerId);
            String oldLc = lower(before.customerId());
            if (!lower(newId).equals(oldLc) && store.customers.containsKey(lower(newId))) {
                throw duplicate(newId);
            }
            store.customers.remove(oldLc);
            Customer after = put(new Customer(newId, before.name(), before.valid()));
            store.users.replaceAll((login, u) -> u.primaryLc().equals(oldLc) ? u.withPrimary(lower(newId)) : u);
            return new IdChange(before, after);
        }
    }

    /** @throws DirectoryException with {@link Reason#IN_USE} while it is the primary customer of users */
    Customer delete(String customerId) {
        synchronized (store) {
            Customer existing = existing(customerId);
            long users = store.primaryUsersOf(lower(existing.customerId()));
            if (users > 0) {
                throw new DirectoryException(Reason.IN_USE, customerId, "Customer '" + existing.customerId()
                        + "' is the primary customer of " + users + " customer user(s); change or delete them first");
            }
            store.customers.remove(lower(existing.customerId()));
            return existing;
        }
    }

    private Customer existing(String customerId) {
        return find(customerId).orElseThrow(() -> new DirectoryException(Reason.UNKNOWN_CUSTOMER, customerId,
                "Unknown customer: '" + customerId + "'"));
    }

    private Customer put(Customer customer) {
        store.customers.put(lower(customer.customerId()), customer);
        return customer;
    }

    private static DirectoryException duplicate(String customerId) {
        return new DirectoryException(Reason.DUPLICATE, customerId,
                "A customer with ID '" + customerId + "' exists already (IDs ignore case)");
    }
}
