package org.helpdesk.customerrelations.core.internal;

import static org.helpdesk.customerrelations.core.internal.Values.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.RelatedCustomer;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.Page;

/**
 * {@link CustomerRelationService#customersOf}: the user's primary customer first, then the related ones. The
 * store pages them without a filter; with one, the directory decides what matches.
 */
final class CustomersOfUser {

    private final DirectoryLookup directory;
    private final RelationStore store;
    private final RelatedIds related;

    CustomersOfUser(DirectoryLookup directory, RelationStore store, RelatedIds related) {
        this.directory = directory;
        this.store = store;
        this.related = related;
    }

    Page<RelatedCustomer> page(String login, String filter, int offset, int limit) {
        Values.page(offset, limit);
        CustomerUser user = directory.user(login);
        Optional<Customer> primary = directory.findCustomer(user.primaryCustomerId());
        boolean primaryRelated = !store.existing(List.of(new Pair(user.login(), user.primaryCustomerId()))).isEmpty();
        String words = filter == null ? "" : filter.strip();
        return words.isEmpty() ? all(user, primary, primaryRelated, offset, limit)
                : matching(user, primary, primaryRelated, words, offset, limit);
    }

    private Page<RelatedCustomer> all(CustomerUser user, Optional<Customer> primary, boolean primaryRelated,
            int offset, int limit) {
        List<RelatedCustomer> items = new ArrayList<>();
        long others = store.countCustomerIdsOf(user.login(), user.primaryCustomerId());
        int head = primary.isPresent() ? 1 : 0;
        if (offset < head) {
            items.add(new RelatedCustomer(primary.get(), primaryRelated, true));
        }
        int from = Math.max(0, offset - head);
        int count = limit - items.size();
        for (String id : store.customerIdsOf(user.login(), user.primaryCustomerId(), from, count)) {
            items.add(new RelatedCustomer(directory.customerOrPlaceholder(id), true, false));
        }
        return new Page<>(items, others + head);
    }

    /** Walks the directory's matches and keeps the related ones. */
    private Page<RelatedCustomer> matching(CustomerUser user, Optional<Customer> primary, boolean primaryRelated,
            String words, int offset, int limit) {
        String primaryLc = lower(user.primaryCustomerId());
        Function<List<String>, Set<String>> relatedIn = related.customersRelatedTo(user.login());
        List<String> matched = new ArrayList<>();
        boolean primaryMatches = false;
        for (KeysetPages pages = directory.matchingCustomerIds(words, id -> false); pages.hasNext();) {
            List<String> page = pages.next();
            Set<String> relatedLcs = relatedIn.apply(page);
            for (String id : page) {
                String lc = lower(id);
                if (lc.equals(primaryLc)) {
                    primaryMatches = true;
                } else if (relatedLcs.contains(lc)) {
                    matched.add(id);
                }
            }
        }
        List<Object> all = new ArrayList<>();
        if (primaryMatches && primary.isPresent()) {
            all.add(primary.get());
        }
        all.addAll(matched);
        List<RelatedCustomer> items = new ArrayList<>();
        for (Object o : Values.slice(all, offset, limit)) {
            items.add(o instanceof Customer c ? new RelatedCustomer(c, primaryRelated, true)
                    : new RelatedCustomer(directory.customerOrPlaceholder((String) o), true, false));
        }
        return new Page<>(items, all.size());
    }
}
