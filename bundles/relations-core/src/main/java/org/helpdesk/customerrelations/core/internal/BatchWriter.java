package org.helpdesk.customerrelations.core.internal;

import static org.helpdesk.customerrelations.core.internal.Values.lower;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.dto.BatchChange;
import org.helpdesk.customerrelations.api.dto.BatchChange.Operation;
import org.helpdesk.customerrelations.api.dto.BatchReport;
import org.helpdesk.customerrelations.api.dto.BatchReport.Entry;
import org.helpdesk.customerrelations.api.dto.BatchReport.Rejected;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.customerrelations.api.spi.RelationStore.WriteResult;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * {@link CustomerRelationService#applyBatch}: validates every pair with two batch lookups of the directory,
 * then writes all additions and removals in one transaction of the store, or nothing.
 */
final class BatchWriter {

    private final CustomerDirectory customers;
    private final CustomerUserDirectory users;
    private final RelationStore store;
    private final Backends backends;
    private final EventPoster events;

    BatchWriter(CustomerDirectory customers, CustomerUserDirectory users, RelationStore store, Backends backends,
            EventPoster events) {
        this.customers = customers;
        this.users = users;
        this.store = store;
        this.backends = backends;
        this.events = events;
    }

    /** A valid pair: its place, the change with the directory's spelling, and the store's pair. */
    private record Valid(int index, BatchChange change, Pair pair) {
    }

    BatchReport apply(List<BatchChange> changes, boolean dryRun, Source source, String actor) {
        if (changes.size() > CustomerRelationService.MAX_BATCH) {
            throw new RelationException(Reason.INVALID_VALUE, Integer.toString(changes.size()), "A batch has "
                    + changes.size() + " pairs; at most " + CustomerRelationService.MAX_BATCH + " are allowed");
        }
        String who = Values.actor(actor);
        Source from = source == null ? Source.API : source;
        Map<String, CustomerUser> foundUsers = lookUp(changes, BatchChange::login,
                keys -> users.findCustomerUsers(keys));
        Map<String, Customer> foundCustomers = lookUp(changes, BatchChange::customerId,
                keys -> customers.findCustomers(keys));
        List<Valid> valid = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            BatchChange change = changes.get(i);
            String reason = validate(change, foundUsers, foundCustomers);
            if (reason == null) {
                Integer earlier = firstIndex.putIfAbsent(lower(change.login().strip()) + '\u0000'
                        + lower(change.customerId().strip()), i);
                reason = earlier == null ? null : "duplicate of index " + earlier;
            }
            if (reason != null) {
                rejected.add(new Rejected(i, change, reason));
                continue;
            }
            CustomerUser user = foundUsers.get(lower(change.login().strip()));
            Customer customer = foundCustomers.get(lower(change.customerId().strip()));
            valid.add(new Valid(i, new BatchChange(change.operation(), user.login(), customer.customerId()),
                    new Pair(user.login(), customer.customerId())));
        }
        if (dryRun || !rejected.isEmpty()) {
            Set<Pair> present = store.existing(valid.stream().map(Valid::pair).toList());
            return report(valid, v -> (v.change().operation() == Operation.ADD) != present.contains(v.pair()),
                    rejected, false);
        }
        List<Pair> adds = valid.stream().filter(v -> v.change().operation() == Operation.ADD).map(Valid::pair).toList();
        List<Pair> removes = valid.stream().filter(v -> v.change().operation() == Operation.REMOVE).map(Valid::pair)
                .toList();
        WriteResult written = store.write(adds, removes, from, who);
        Set<String> done = new HashSet<>();
        written.added().forEach(p -> done.add(key(p)));
        written.removed().forEach(p -> done.add(key(p)));
        post(written.added(), true, from, who);
        post(written.removed(), false, from, who);
        return report(valid, v -> done.contains(key(v.pair())), rejected, true);
    }

    private String validate(BatchChange change, Map<String, CustomerUser> foundUsers,
            Map<String, Customer> foundCustomers) {
        String loginProblem = Values.problem(change.login(), CustomerUserDirectory.MAX_LOGIN_LENGTH);
        if (loginProblem != null) {
            return "login is " + loginProblem;
        }
        String customerProblem = Values.problem(change.customerId(), CustomerDirectory.MAX_ID_LENGTH);
        if (customerProblem != null) {
            return "customer ID is " + customerProblem;
        }
        CustomerUser user = foundUsers.get(lower(change.login().strip()));
        if (user == null) {
            return "unknown customer user";
        }
        Customer customer = foundCustomers.get(lower(change.customerId().strip()));
        if (customer == null) {
            return "unknown customer";
        }
        if (change.operation() == Operation.ADD && customer.customerId().equalsIgnoreCase(user.primaryCustomerId())
                && !backends.excludesPrimary(user.backend())) {
            return "primary customer (always included)";
        }
        return null;
    }

    private static <T> Map<String, T> lookUp(List<BatchChange> changes, Function<BatchChange, String> key,
            Function<Collection<String>, Map<String, T>> find) {
        List<String> keys = changes.stream().map(key).filter(k -> k != null && !k.isBlank()).map(String::strip)
                .distinct().toList();
        try {
            return keys.isEmpty() ? Map.of() : find.apply(keys);
        } catch (DirectoryException e) {
            throw DirectoryLookup.relationException(e);
        }
    }

    private static BatchReport report(List<Valid> valid, java.util.function.Predicate<Valid> changed,
            List<Rejected> rejected, boolean applied) {
        List<Entry> changedEntries = new ArrayList<>();
        List<Entry> unchanged = new ArrayList<>();
        for (Valid v : valid) {
            (changed.test(v) ? changedEntries : unchanged).add(new Entry(v.index(), v.change()));
        }
        return new BatchReport(changedEntries, unchanged, rejected, applied);
    }

    private void post(List<Pair> pairs, boolean added, Source source, String actor) {
        Map<String, List<String>> byLogin = new LinkedHashMap<>();
        for (Pair p : pairs) {
            byLogin.computeIfAbsent(p.login(), l -> new ArrayList<>()).add(p.customerId());
        }
        byLogin.forEach((login, ids) -> events.post(added, Side.CUSTOMER_USER, login, ids, ids.size(), source, actor));
    }

    private static String key(Pair pair) {
        return lower(pair.login()) + '\u0000' + lower(pair.customerId());
    }
}
