package org.helpdesk.customerrelations.core.internal;

import static org.helpdesk.customerrelations.core.internal.Values.lower;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;

/** Which IDs are related to a subject, asked of the store a set at a time. */
final class RelatedIds {

    /** Up to this many relations of a subject are intersected with a filter in memory. */
    static final int IN_MEMORY_RELATIONS = 10_000;

    private final RelationStore store;
    private final int inMemory;

    /** @param inMemory up to this many relations of a subject are held in memory to intersect with a filter */
    RelatedIds(RelationStore store, int inMemory) {
        this.store = store;
        this.inMemory = inMemory;
    }

    /** @return the given customer IDs related to the login, spelled as given */
    Set<String> customerIds(String login, Collection<String> customerIds) {
        if (login == null || login.isBlank()) {
            return Set.of();
        }
        String subject = login.strip();
        return spelledAsAsked(customerIds, id -> new Pair(subject, id), Pair::customerId);
    }

    /** @return the given logins related to the customer, spelled as given */
    Set<String> logins(String customerId, Collection<String> logins) {
        if (customerId == null || customerId.isBlank()) {
            return Set.of();
        }
        String subject = customerId.strip();
        return spelledAsAsked(logins, login -> new Pair(login, subject), Pair::login);
    }

    List<String> allCustomerIds(String login) {
        if (login == null || login.isBlank()) {
            return List.of();
        }
        return store.customerIdsOf(login.strip());
    }

    /**
     * @return for a page of the directory's customer IDs, the lower-case ones related to the login: from memory
     *         when the login has few relations (read now), else asked of the store page by page
     */
    Function<List<String>, Set<String>> customersRelatedTo(String login) {
        Set<String> all = store.countCustomerIdsOf(login, null) <= inMemory ? lowerSet(store.customerIdsOf(login))
                : null;
        return all != null ? page -> all : page -> relatedOf(login, page, Side.CUSTOMER);
    }

    /**
     * @return for a page of the directory's logins, the lower-case ones related to the customer: from memory
     *         when the customer has few relations (read now), else asked of the store page by page
     */
    Function<List<String>, Set<String>> usersRelatedTo(String customerId) {
        Set<String> all = store.countLoginsOf(customerId, List.of()) <= inMemory ? lowerSet(allLoginsOf(customerId))
                : null;
        return all != null ? page -> all : page -> relatedOf(customerId, page, Side.CUSTOMER_USER);
    }

    private Set<String> spelledAsAsked(Collection<String> ids, Function<String, Pair> pair,
            Function<Pair, String> other) {
        List<Pair> pairs = new ArrayList<>();
        for (String id : ids) {
            if (id != null && !id.isBlank()) {
                pairs.add(pair.apply(id));
            }
        }
        Set<String> found = new LinkedHashSet<>();
        for (Pair p : store.existing(pairs)) {
            found.add(other.apply(p));
        }
        return found;
    }

    /** The lower-case other-side IDs of {@code page} related to {@code subject}. */
    private Set<String> relatedOf(String subject, List<String> page, Side otherSide) {
        List<Pair> pairs = page.stream()
                .map(id -> otherSide == Side.CUSTOMER ? new Pair(subject, id) : new Pair(id, subject)).toList();
        Set<String> related = new HashSet<>();
        for (Pair p : store.existing(pairs)) {
            related.add(lower(otherSide == Side.CUSTOMER ? p.customerId() : p.login()));
        }
        return related;
    }

    private List<String> allLoginsOf(String customerId) {
        List<String> all = new ArrayList<>();
        for (int offset = 0;; offset += 1000) {
            List<String> page = store.loginsOf(customerId, List.of(), offset, 1000);
            all.addAll(page);
            if (page.size() < 1000) {
                return all;
            }
        }
    }

    private static Set<String> lowerSet(Collection<String> values) {
        Set<String> set = new HashSet<>();
        for (String v : values) {
            set.add(lower(v));
        }
        return set;
    }
}
