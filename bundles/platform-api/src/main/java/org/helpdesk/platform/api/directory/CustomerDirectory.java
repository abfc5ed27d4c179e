package org.helpdesk.platform.api.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The customers (companies) of the platform. IDs are matched ignoring case everywhere.
 * Every write is one transaction and, after it commits, posts an event of {@link DirectoryEvents}.
 * {@code actor} names who made a change (an admin's login, or e.g. {@code shell:admin}).
 */
@ProviderType
public interface CustomerDirectory {

    /** Longest customer ID. */
    int MAX_ID_LENGTH = 150;
    /** Longest customer name. */
    int MAX_NAME_LENGTH = 200;

    /** @return the customer with this ID (ignoring case), if any */
    Optional<Customer> findCustomer(String customerId);

    /**
     * Many lookups in few queries, for imports and other bulk work.
     *
     * @return the customers found, keyed by their ID in lower case ({@link java.util.Locale#ROOT}); IDs
     *         that are unknown, blank or null are missing from the map
     * @since 1.1
     */
    default Map<String, Customer> findCustomers(Collection<String> customerIds) {
        Map<String, Customer> found = new HashMap<>();
        for (String id : customerIds) {
            findCustomer(id).ifPresent(c -> found.put(c.customerId().toLowerCase(Locale.ROOT), c));
        }
        return found;
    }

    /** @return one page of the customers matching the search, with the exact total */
    Page<Customer> searchCustomers(Search<CustomerSort> search);

    /**
     * One page of the matching customers without the total, for callers that count separately.
     *
     * @return the customers of the search's page, in its order
     * @since 1.1
     */
    default List<Customer> listCustomers(Search<CustomerSort> search) {
        return searchCustomers(search).items();
    }

    /** @return the number of customers matching the search's filter and validity */
    long countCustomers(Search<CustomerSort> search);

    /**
     * Keyset paging for bulk work: the customer IDs matching {@code filter} (as in {@link Search#filter()})
     * and {@code validity}, ascending ignoring case, strictly after {@code afterCustomerId}.
     *
     * @param afterCustomerId the last ID of the previous call, or {@code null} to start
     * @param limit 1 to 50,000
     * @return up to {@code limit} customer IDs as the directory spells them
     */
    List<String> matchingCustomerIds(String filter, Validity validity, String afterCustomerId, int limit);

    /** @throws DirectoryException for an empty, too long or duplicate ID or an empty name */
    Customer createCustomer(String customerId, String name, String actor);

    /** Changes the name. @throws DirectoryException for an unknown ID or a bad name */
    Customer renameCompany(String customerId, String newName, String actor);

    /** Changes the ID; references (primary customer of users) follow. */
    Customer changeCustomerId(String customerId, String newCustomerId, String actor);

    /** Switches a customer valid or invalid. */
    Customer setCustomerValid(String customerId, boolean valid, String actor);

    /** @throws DirectoryException with {@link DirectoryException.Reason#IN_USE} while users have it as primary */
    void deleteCustomer(String customerId, String actor);
}
