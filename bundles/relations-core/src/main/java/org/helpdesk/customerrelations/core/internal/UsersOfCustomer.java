package org.helpdesk.customerrelations.core.internal;

import static org.helpdesk.customerrelations.core.internal.Values.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.RelatedCustomerUser;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.Page;

/**
 * {@link CustomerRelationService#customerUsersOf}: the users whose primary customer it is first, then the
 * related ones. The store pages them without a filter; with one, the directory decides what matches.
 */
final class UsersOfCustomer {

    /** Up to this many related primary users are left out of the store's paging by name. */
    private static final int MAX_EXCEPT = 1000;

    private final DirectoryLookup directory;
    private final RelationStore store;
    private final RelatedIds related;

    UsersOfCustomer(DirectoryLookup directory, RelationStore store, RelatedIds related) {
        this.directory = directory;
        this.store = store;
        this.related = related;
    }

    Page<RelatedCustomerUser> page(String customerId, String filter, int offset, int limit) {
        Values.page(offset, limit);
        Customer customer = directory.customer(customerId);
        String words = filter == null ? "" : filter.strip();
        List<CustomerUser> primaryUsers = directory.primaryUsersOf(customer.customerId(), words);
        Set<String> relatedPrimary = new HashSet<>();
        for (Pair p : store.existing(primaryUsers.stream().map(u -> new Pair(u.login(), customer.customerId()))
                .toList())) {
            relatedPrimary.add(lower(p.login()));
        }
        if (words.isEmpty() && relatedPrimary.size() <= MAX_EXCEPT) {
            return all(customer, primaryUsers, relatedPrimary, offset, limit);
        }
        return matching(customer, primaryUsers, relatedPrimary, words, offset, limit);
    }

    private Page<RelatedCustomerUser> all(Customer customer, List<CustomerUser> primaryUsers,
            Set<String> relatedPrimary, int offset, int limit) {
        List<RelatedCustomerUser> items = new ArrayList<>();
        int head = primaryUsers.size();
        List<String> except = new ArrayList<>(relatedPrimary);
        long others = store.countLoginsOf(customer.customerId(), except);
        for (CustomerUser u : Values.slice(primaryUsers, offset, limit)) {
            items.add(new RelatedCustomerUser(u, relatedPrimary.contains(lower(u.login())), true));
        }
        int remaining = limit - items.size();
        if (remaining > 0) {
            int from = Math.max(0, offset - head);
            for (String login : store.loginsOf(customer.customerId(), except, from, remaining)) {
                items.add(new RelatedCustomerUser(directory.userOrPlaceholder(login), true, false));
            }
        }
        return new Page<>(items, head + others);
    }

    /** Walks the directory's matches and keeps the related ones that are not primary users. */
    private Page<RelatedCustomerUser> matching(Customer customer, List<CustomerUser> primaryUsers,
            Set<String> relatedPrimary, String words, int offset, int limit) {
        Set<String> primaryLcs = new HashSet<>();
        for (CustomerUser u : primaryUsers) {
            primaryLcs.add(lower(u.login()));
        }
        Function<List<String>, Set<String>> relatedIn = related.usersRelatedTo(customer.customerId());
        List<String> matched = new ArrayList<>();
        for (KeysetPages pages = directory.matchingLogins(words, id -> false); pages.hasNext();) {
            List<String> page = pages.next();
            Set<String> relatedLcs = relatedIn.apply(page);
            for (String login : page) {
                String lc = lower(login);
                if (!primaryLcs.contains(lc) && relatedLcs.contains(lc)) {
                    matched.add(login);
                }
            }
        }
        List<Object> all = new ArrayList<>(primaryUsers);
        all.addAll(matched);
        List<RelatedCustomerUser> items = new ArrayList<>();
        for (Object o : Values.slice(all, offset, limit)) {
            items.add(o instanceof CustomerUser u
                    ? new RelatedCustomerUser(u, relatedPrimary.contains(lower(u.login())), true)
                    : new RelatedCustomerUser(directory.userOrPlaceholder((String) o), true, false));
        }
        return new Page<>(items, all.size());
    }
}
