package org.helpdesk.customerrelations.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;

/**
 * The directory as the relations see it: logins and customer IDs checked and in the directory's spelling,
 * placeholders for what it no longer knows, a customer's primary users and keyset pages of matches. Its
 * failures become {@link RelationException}s, so callers of the relations see one kind of refusal.
 */
final class DirectoryLookup {

    private final CustomerDirectory customers;
    private final CustomerUserDirectory users;
    private final int pageSize;

    /** @param pageSize the keyset page of {@link #matchingCustomerIds} and {@link #matchingLogins} */
    DirectoryLookup(CustomerDirectory customers, CustomerUserDirectory users, int pageSize) {
        this.customers = customers;
        this.users = users;
        this.pageSize = pageSize;
    }

    CustomerUser user(String login) {
        String value = Values.login(login);
        return findUser(value).orElseThrow(() -> new RelationException(Reason.UNKNOWN_CUSTOMER_USER, login,
                "Unknown customer user: '" + value + "'"));
    }

    Customer customer(String customerId) {
        String value = Values.customerId(customerId);
        return findCustomer(value).orElseThrow(() -> new RelationException(Reason.UNKNOWN_CUSTOMER, customerId,
                "Unknown customer: '" + value + "'"));
    }

    Optional<CustomerUser> findUser(String login) {
        try {
            return users.findCustomerUser(login);
        } catch (DirectoryException e) {
            throw relationException(e);
        }
    }

    Optional<Customer> findCustomer(String customerId) {
        try {
            return customers.findCustomer(customerId);
        } catch (DirectoryException e) {
            throw relationException(e);
        }
    }

    /** @return the users found, keyed by their lower-case login; {@code null}s are left out */
    Map<String, CustomerUser> findUsers(Collection<String> logins) {
        try {
            return users.findCustomerUsers(logins.stream().filter(l -> l != null).map(String::strip).toList());
        } catch (DirectoryException e) {
            throw relationException(e);
        }
    }

    /** @return the customers found, keyed by their lower-case ID; {@code null}s are left out */
    Map<String, Customer> findCustomers(Collection<String> customerIds) {
        try {
            return customers.findCustomers(customerIds.stream().filter(c -> c != null).map(String::strip).toList());
        } catch (DirectoryException e) {
            throw relationException(e);
        }
    }

    /** A relation whose customer the directory no longer knows (deleted while the plugin was away). */
    Customer customerOrPlaceholder(String customerId) {
        return findCustomer(customerId).orElseGet(() -> new Customer(customerId, "", false));
    }

    CustomerUser userOrPlaceholder(String login) {
        return findUser(login).orElseGet(() -> new CustomerUser(login, "", "", "", "", false, ""));
    }

    /**
     * The users whose primary customer this is (and who match {@code words}): the directory's search for the
     * customer ID as a word (a superset: it matches the start of several fields), narrowed here.
     */
    List<CustomerUser> primaryUsersOf(String customerId, String words) {
        String filter = (customerId + " " + words).strip();
        List<CustomerUser> found = new ArrayList<>();
        Search<CustomerUserSort> search = new Search<>(filter, Validity.ALL, CustomerUserSort.LOGIN,
                SortOrder.ASCENDING, 0, Search.MAX_LIMIT);
        for (int offset = 0;; offset += Search.MAX_LIMIT) {
            List<CustomerUser> page;
            try {
                page = users.listCustomerUsers(search.page(offset, Search.MAX_LIMIT));
            } catch (DirectoryException e) {
                throw relationException(e);
            }
            for (CustomerUser u : page) {
                if (u.primaryCustomerId().equalsIgnoreCase(customerId)) {
                    found.add(u);
                }
            }
            if (page.size() < Search.MAX_LIMIT) {
                return found;
            }
        }
    }

    /** The customer IDs matching {@code words}, valid or not; the directory's failures are not translated. */
    KeysetPages matchingCustomerIds(String words, Predicate<String> skip) {
        return new KeysetPages((after, limit) -> customers.matchingCustomerIds(words, Validity.ALL, after, limit),
                pageSize, skip);
    }

    /** The logins matching {@code words}, valid or not; the directory's failures are not translated. */
    KeysetPages matchingLogins(String words, Predicate<String> skip) {
        return new KeysetPages((after, limit) -> users.matchingLogins(words, Validity.ALL, after, limit), pageSize,
                skip);
    }

    static RelationException relationException(DirectoryException e) {
        Reason reason = switch (e.reason()) {
            case UNKNOWN_CUSTOMER -> Reason.UNKNOWN_CUSTOMER;
            case UNKNOWN_CUSTOMER_USER -> Reason.UNKNOWN_CUSTOMER_USER;
            case INVALID_VALUE -> Reason.INVALID_VALUE;
            default -> Reason.DATABASE;
        };
        return new RelationException(reason, e.value(), e.getMessage(), e);
    }
}
