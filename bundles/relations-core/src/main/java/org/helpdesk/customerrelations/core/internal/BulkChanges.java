package org.helpdesk.customerrelations.core.internal;

import static org.helpdesk.customerrelations.core.internal.Values.lower;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.customerrelations.api.spi.RelationStore.BulkResult;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * {@link CustomerRelationService#applyToAllMatching}: relates a subject to every match of a filter in the
 * directory, or unrelates it, in one store transaction that walks the directory's keyset pages. The subject is
 * checked once; the other side comes from the directory, so it exists.
 */
final class BulkChanges {

    private final DirectoryLookup directory;
    private final RelationStore store;
    private final Backends backends;
    private final EventPoster events;

    BulkChanges(DirectoryLookup directory, RelationStore store, Backends backends, EventPoster events) {
        this.directory = directory;
        this.store = store;
        this.backends = backends;
        this.events = events;
    }

    ChangeResult applyToAllMatching(Side side, String subject, String filter, boolean relate, Source source,
            String actor) {
        String who = Values.actor(actor);
        Source from = source == null ? Source.API : source;
        String words = filter == null ? "" : filter.strip();
        String subjectName;
        Supplier<Iterator<List<String>>> pages;
        if (side == Side.CUSTOMER) {
            Customer customer = directory.customer(subject);
            subjectName = customer.customerId();
            Set<String> skip = relate ? primaryUsersKept(customer) : Set.of();
            pages = () -> directory.matchingLogins(words, id -> skip.contains(lower(id)));
        } else {
            CustomerUser user = directory.user(subject);
            subjectName = user.login();
            String skip = relate && !backends.excludesPrimary(user.backend()) ? lower(user.primaryCustomerId()) : null;
            pages = () -> directory.matchingCustomerIds(words, id -> lower(id).equals(skip));
        }
        BulkResult result;
        try {
            result = store.writeAll(side, subjectName, pages, relate, from, who);
        } catch (DirectoryException e) {
            throw DirectoryLookup.relationException(e);
        }
        events.post(relate, side, subjectName, result.ids(), result.changed(), from, who);
        return relate ? new ChangeResult(result.changed(), 0, result.unchanged())
                : new ChangeResult(0, result.changed(), result.unchanged());
    }

    /** The lower-case logins of the customer's primary users whose backend keeps the primary customer. */
    private Set<String> primaryUsersKept(Customer customer) {
        Set<String> kept = new HashSet<>();
        for (CustomerUser u : directory.primaryUsersOf(customer.customerId(), "")) {
            if (!backends.excludesPrimary(u.backend())) {
                kept.add(lower(u.login()));
            }
        }
        return kept;
    }
}
