package org.helpdesk.customerrelations.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.ChangeSet;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.customerrelations.api.spi.RelationStore.WriteResult;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * The single writes of {@link CustomerRelationService}: add, remove and change sets of one subject. Every ID is
 * checked against the directory and the primary rule first; then one store transaction, then the events.
 */
final class ChangeSets {

    private final DirectoryLookup directory;
    private final RelationStore store;
    private final Backends backends;
    private final EventPoster events;

    ChangeSets(DirectoryLookup directory, RelationStore store, Backends backends, EventPoster events) {
        this.directory = directory;
        this.store = store;
        this.backends = backends;
        this.events = events;
    }

    ChangeResult add(String login, Collection<String> customerIds, Source source, String actor) {
        return change(Side.CUSTOMER_USER, login, customerIds, List.of(), source, actor, null);
    }

    ChangeResult remove(String login, Collection<String> customerIds, Source source, String actor) {
        return change(Side.CUSTOMER_USER, login, List.of(), customerIds, source, actor, null);
    }

    ChangeResult apply(ChangeSet changeSet, Source source, String actor) {
        return change(changeSet.side(), changeSet.subject(), changeSet.add(), changeSet.remove(), source, actor, null);
    }

    String version(Side side, String subject) {
        return store.version(side, side == Side.CUSTOMER ? directory.customer(subject).customerId()
                : directory.user(subject).login());
    }

    ChangeResult apply(ChangeSet changeSet, String expectedVersion, Source source, String actor) {
        if (expectedVersion == null || expectedVersion.isBlank()) {
            throw new RelationException(Reason.INVALID_VALUE, expectedVersion, "The expected version is empty");
        }
        return change(changeSet.side(), changeSet.subject(), changeSet.add(), changeSet.remove(), source, actor,
                expectedVersion);
    }

    /** @param expectedVersion the version the subject's set must still have, or {@code null} for any */
    private ChangeResult change(Side side, String subject, Collection<String> add, Collection<String> remove,
            Source source, String actor, String expectedVersion) {
        String who = Values.actor(actor);
        Source from = source == null ? Source.API : source;
        List<Pair> adds = new ArrayList<>();
        List<Pair> removes = new ArrayList<>();
        String subjectName = side == Side.CUSTOMER_USER ? pairsOfUser(subject, add, remove, adds, removes)
                : pairsOfCustomer(subject, add, remove, adds, removes);
        if (expectedVersion != null) {
            // also an empty change set is refused when the set changed: the caller's view is stale
            WriteResult written = store.write(adds, removes, from, who, side, subjectName, expectedVersion);
            return posted(side, subjectName, written, from, who);
        }
        if (adds.isEmpty() && removes.isEmpty()) {
            return ChangeResult.NONE;
        }
        return posted(side, subjectName, store.write(adds, removes, from, who), from, who);
    }

    /** @return the login in the directory's spelling */
    private String pairsOfUser(String subject, Collection<String> add, Collection<String> remove, List<Pair> adds,
            List<Pair> removes) {
        CustomerUser user = directory.user(subject);
        boolean excluded = backends.excludesPrimary(user.backend());
        for (String id : add) {
            Customer c = directory.customer(id);
            if (!excluded && c.customerId().equalsIgnoreCase(user.primaryCustomerId())) {
                throw primary(user, c.customerId());
            }
            adds.add(new Pair(user.login(), c.customerId()));
        }
        for (String id : remove) {
            removes.add(new Pair(user.login(), directory.customer(id).customerId()));
        }
        return user.login();
    }

    /** @return the customer ID in the directory's spelling */
    private String pairsOfCustomer(String subject, Collection<String> add, Collection<String> remove,
            List<Pair> adds, List<Pair> removes) {
        Customer customer = directory.customer(subject);
        for (String login : add) {
            CustomerUser user = directory.user(login);
            if (customer.customerId().equalsIgnoreCase(user.primaryCustomerId())
                    && !backends.excludesPrimary(user.backend())) {
                throw primary(user, customer.customerId());
            }
            adds.add(new Pair(user.login(), customer.customerId()));
        }
        for (String login : remove) {
            removes.add(new Pair(directory.user(login).login(), customer.customerId()));
        }
        return customer.customerId();
    }

    private ChangeResult posted(Side side, String subjectName, WriteResult written, Source from, String who) {
        Function<Pair, String> other = side == Side.CUSTOMER_USER ? Pair::customerId : Pair::login;
        events.post(true, side, subjectName, written.added().stream().map(other).toList(), written.added().size(),
                from, who);
        events.post(false, side, subjectName, written.removed().stream().map(other).toList(),
                written.removed().size(), from, who);
        return new ChangeResult(written.added().size(), written.removed().size(), written.unchanged());
    }

    private static RelationException primary(CustomerUser user, String customerId) {
        return new RelationException(Reason.PRIMARY_CUSTOMER, customerId, "'" + customerId
                + "' is the primary customer of '" + user.login() + "' and always included; it can be related only"
                + " when the user's backend has CustomerUserExcludePrimaryCustomerID on");
    }
}
