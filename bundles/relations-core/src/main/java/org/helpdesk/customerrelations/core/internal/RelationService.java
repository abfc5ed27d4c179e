package org.helpdesk.customerrelations.core.internal;

import static org.helpdesk.customerrelations.core.internal.Values.lower;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.dto.BatchChange;
import org.helpdesk.customerrelations.api.dto.BatchReport;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.ChangeSet;
import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.ImportOptions;
import org.helpdesk.customerrelations.api.dto.ImportReport;
import org.helpdesk.customerrelations.api.dto.ImportReport.Rejected;
import org.helpdesk.customerrelations.api.dto.ImportRow;
import org.helpdesk.customerrelations.api.dto.RelatedCustomer;
import org.helpdesk.customerrelations.api.dto.RelatedCustomerUser;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.customerrelations.api.spi.RelationStore.BulkResult;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.customerrelations.api.spi.RelationStore.WriteResult;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The relations service: validates against the directory and the backends' settings, then writes through
 * the {@link RelationStore} and posts events after the commit.
 */
@Component(service = CustomerRelationService.class)
public class RelationService implements CustomerRelationService {

    /** Keyset page of the directory in bulk work. */
    static final int DIRECTORY_PAGE = 50_000;
    /** Up to this many relations of a subject are intersected with a filter in memory. */
    static final int IN_MEMORY_RELATIONS = 10_000;

    private final CustomerDirectory customers;
    private final CustomerUserDirectory users;
    private final RelationStore store;
    private final Backends backends;
    private final EventPoster events;
    private final BatchWriter batches;

    @Activate
    public RelationService(@Reference CustomerDirectory customers, @Reference CustomerUserDirectory users,
            @Reference RelationStore store, @Reference Backends backends, @Reference EventPoster events) {
        this.customers = customers;
        this.users = users;
        this.store = store;
        this.backends = backends;
        this.events = events;
        this.batches = new BatchWriter(customers, users, store, backends, events);
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Page<RelatedCustomer> customersOf(String login, String filter, int offset, int limit) {
        Values.page(offset, limit);
        CustomerUser user = user(login);
        Optional<Customer> primary = findCustomer(user.primaryCustomerId());
        String primaryLc = lower(user.primaryCustomerId());
        boolean primaryRelated = !store.existing(List.of(new Pair(user.login(), user.primaryCustomerId()))).isEmpty();
        String words = filter == null ? "" : filter.strip();
        List<RelatedCustomer> items = new ArrayList<>();
        if (words.isEmpty()) {
            long others = store.countCustomerIdsOf(user.login(), user.primaryCustomerId());
            int head = primary.isPresent() ? 1 : 0;
            if (offset < head) {
                items.add(new RelatedCustomer(primary.get(), primaryRelated, true));
            }
            int from = Math.max(0, offset - head);
            int count = limit - items.size();
            for (String id : store.customerIdsOf(user.login(), user.primaryCustomerId(), from, count)) {
                items.add(new RelatedCustomer(customerOrPlaceholder(id), true, false));
            }
            return new Page<>(items, others + head);
        }
        // With a filter, the directory decides what matches; walk its matches and keep the related ones.
        Set<String> relatedLcs = store.countCustomerIdsOf(user.login(), null) <= IN_MEMORY_RELATIONS
                ? lowerSet(store.customerIdsOf(user.login())) : null;
        List<String> matched = new ArrayList<>();
        boolean primaryMatches = false;
        String after = null;
        while (true) {
            List<String> page = customers.matchingCustomerIds(words, Validity.ALL, after, DIRECTORY_PAGE);
            Set<String> related = relatedLcs != null ? relatedLcs : relatedOf(user.login(), page, Side.CUSTOMER_USER);
            for (String id : page) {
                String lc = lower(id);
                if (lc.equals(primaryLc)) {
                    primaryMatches = true;
                } else if (related.contains(lc)) {
                    matched.add(id);
                }
            }
            if (page.size() < DIRECTORY_PAGE) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        List<Object> all = new ArrayList<>();
        if (primaryMatches && primary.isPresent()) {
            all.add(primary.get());
        }
        all.addAll(matched);
        for (Object o : slice(all, offset, limit)) {
            items.add(o instanceof Customer c ? new RelatedCustomer(c, primaryRelated, true)
                    : new RelatedCustomer(customerOrPlaceholder((String) o), true, false));
        }
        return new Page<>(items, all.size());
    }

    @Override
    public Page<RelatedCustomerUser> customerUsersOf(String customerId, String filter, int offset, int limit) {
        Values.page(offset, limit);
        Customer customer = customer(customerId);
        String words = filter == null ? "" : filter.strip();
        List<CustomerUser> primaryUsers = primaryUsersOf(customer.customerId(), words);
        Set<String> primaryLcs = new HashSet<>();
        for (CustomerUser u : primaryUsers) {
            primaryLcs.add(lower(u.login()));
        }
        Set<String> relatedPrimary = new HashSet<>();
        for (Pair p : store.existing(primaryUsers.stream().map(u -> new Pair(u.login(), customer.customerId()))
                .toList())) {
            relatedPrimary.add(lower(p.login()));
        }
        List<RelatedCustomerUser> items = new ArrayList<>();
        int head = primaryUsers.size();
        if (words.isEmpty() && relatedPrimary.size() <= 1000) {
            List<String> except = new ArrayList<>(relatedPrimary);
            long others = store.countLoginsOf(customer.customerId(), except);
            for (CustomerUser u : slice(primaryUsers, offset, limit)) {
                items.add(new RelatedCustomerUser(u, relatedPrimary.contains(lower(u.login())), true));
            }
            int remaining = limit - items.size();
            if (remaining > 0) {
                int from = Math.max(0, offset - head);
                for (String login : store.loginsOf(customer.customerId(), except, from, remaining)) {
                    items.add(new RelatedCustomerUser(userOrPlaceholder(login), true, false));
                }
            }
            return new Page<>(items, head + others);
        }
        Set<String> relatedLcs = store.countLoginsOf(customer.customerId(), List.of()) <= IN_MEMORY_RELATIONS
                ? lowerSet(allLoginsOf(customer.customerId())) : null;
        List<String> matched = new ArrayList<>();
        String after = null;
        while (true) {
            List<String> page = users.matchingLogins(words, Validity.ALL, after, DIRECTORY_PAGE);
            Set<String> related = relatedLcs != null ? relatedLcs : relatedOf(customer.customerId(), page, Side.CUSTOMER);
            for (String login : page) {
                String lc = lower(login);
                if (!primaryLcs.contains(lc) && related.contains(lc)) {
                    matched.add(login);
                }
            }
            if (page.size() < DIRECTORY_PAGE) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        List<Object> all = new ArrayList<>(primaryUsers);
        all.addAll(matched);
        for (Object o : slice(all, offset, limit)) {
            items.add(o instanceof CustomerUser u
                    ? new RelatedCustomerUser(u, relatedPrimary.contains(lower(u.login())), true)
                    : new RelatedCustomerUser(userOrPlaceholder((String) o), true, false));
        }
        return new Page<>(items, all.size());
    }

    @Override
    public Set<String> relatedCustomerIds(String login, Collection<String> customerIds) {
        if (login == null || login.isBlank()) {
            return Set.of();
        }
        String subject = login.strip();
        return spelledAsAsked(customerIds, id -> new Pair(subject, id), Pair::customerId);
    }

    @Override
    public Set<String> relatedLogins(String customerId, Collection<String> logins) {
        if (customerId == null || customerId.isBlank()) {
            return Set.of();
        }
        String subject = customerId.strip();
        return spelledAsAsked(logins, login -> new Pair(login, subject), Pair::login);
    }

    private Set<String> spelledAsAsked(Collection<String> ids, java.util.function.Function<String, Pair> pair,
            java.util.function.Function<Pair, String> other) {
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

    @Override
    public List<String> allRelatedCustomerIds(String login) {
        if (login == null || login.isBlank()) {
            return List.of();
        }
        return store.customerIdsOf(login.strip());
    }

    @Override
    public Page<HistoryEntry> history(HistoryQuery query) {
        return store.history(query);
    }

    @Override
    public void forEachRelation(Consumer<Relation> consumer) {
        store.forEach(consumer);
    }

    @Override
    public long countRelations() {
        return store.count();
    }

    // ---------------------------------------------------------------- writes

    @Override
    public ChangeResult add(String login, Collection<String> customerIds, Source source, String actor) {
        return change(Side.CUSTOMER_USER, login, customerIds, List.of(), source, actor, null);
    }

    @Override
    public ChangeResult remove(String login, Collection<String> customerIds, Source source, String actor) {
        return change(Side.CUSTOMER_USER, login, List.of(), customerIds, source, actor, null);
    }

    @Override
    public ChangeResult apply(ChangeSet changeSet, Source source, String actor) {
        return change(changeSet.side(), changeSet.subject(), changeSet.add(), changeSet.remove(), source, actor, null);
    }

    @Override
    public String version(Side side, String subject) {
        return store.version(side, side == Side.CUSTOMER ? customer(subject).customerId() : user(subject).login());
    }

    @Override
    public ChangeResult apply(ChangeSet changeSet, String expectedVersion, Source source, String actor) {
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
        String subjectName;
        if (side == Side.CUSTOMER_USER) {
            CustomerUser user = user(subject);
            subjectName = user.login();
            boolean excluded = backends.excludesPrimary(user.backend());
            for (String id : add) {
                Customer c = customer(id);
                if (!excluded && c.customerId().equalsIgnoreCase(user.primaryCustomerId())) {
                    throw primary(user, c.customerId());
                }
                adds.add(new Pair(user.login(), c.customerId()));
            }
            for (String id : remove) {
                removes.add(new Pair(user.login(), customer(id).customerId()));
            }
        } else {
            Customer customer = customer(subject);
            subjectName = customer.customerId();
            for (String login : add) {
                CustomerUser user = user(login);
                if (customer.customerId().equalsIgnoreCase(user.primaryCustomerId())
                        && !backends.excludesPrimary(user.backend())) {
                    throw primary(user, customer.customerId());
                }
                adds.add(new Pair(user.login(), customer.customerId()));
            }
            for (String login : remove) {
                removes.add(new Pair(user(login).login(), customer.customerId()));
            }
        }
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

    private ChangeResult posted(Side side, String subjectName, WriteResult written, Source from, String who) {
        java.util.function.Function<Pair, String> other = side == Side.CUSTOMER_USER ? Pair::customerId : Pair::login;
        events.post(true, side, subjectName, written.added().stream().map(other).toList(), written.added().size(),
                from, who);
        events.post(false, side, subjectName, written.removed().stream().map(other).toList(),
                written.removed().size(), from, who);
        return new ChangeResult(written.added().size(), written.removed().size(), written.unchanged());
    }

    @Override
    public BatchReport applyBatch(List<BatchChange> changes, boolean dryRun, Source source, String actor) {
        return batches.apply(changes, dryRun, source, actor);
    }

    @Override
    public ChangeResult applyToAllMatching(Side side, String subject, String filter, boolean relate, Source source,
            String actor) {
        String who = Values.actor(actor);
        Source from = source == null ? Source.API : source;
        String words = filter == null ? "" : filter.strip();
        String subjectName;
        Supplier<Iterator<List<String>>> pages;
        if (side == Side.CUSTOMER) {
            Customer customer = customer(subject);
            subjectName = customer.customerId();
            // Validated once here; the other side comes from the directory, so it exists.
            Set<String> skip = new HashSet<>();
            if (relate) {
                for (CustomerUser u : primaryUsersOf(customer.customerId(), "")) {
                    if (!backends.excludesPrimary(u.backend())) {
                        skip.add(lower(u.login()));
                    }
                }
            }
            pages = () -> new KeysetPages(after -> users.matchingLogins(words, Validity.ALL, after, DIRECTORY_PAGE),
                    id -> skip.contains(lower(id)));
        } else {
            CustomerUser user = user(subject);
            subjectName = user.login();
            String skip = relate && !backends.excludesPrimary(user.backend()) ? lower(user.primaryCustomerId()) : null;
            pages = () -> new KeysetPages(
                    after -> customers.matchingCustomerIds(words, Validity.ALL, after, DIRECTORY_PAGE),
                    id -> lower(id).equals(skip));
        }
        BulkResult result;
        try {
            result = store.writeAll(side, subjectName, pages, relate, from, who);
        } catch (DirectoryException e) {
            throw directory(e);
        }
        events.post(relate, side, subjectName, result.ids(), result.changed(), from, who);
        return relate ? new ChangeResult(result.changed(), 0, result.unchanged())
                : new ChangeResult(0, result.changed(), result.unchanged());
    }

    @Override
    public ImportReport importRelations(Collection<ImportRow> rows, ImportOptions options, String actor) {
        String who = Values.actor(actor);
        // two batch lookups instead of one directory query per distinct login and customer ID
        Map<String, CustomerUser> foundUsers = findUsers(rows.stream().map(ImportRow::login).toList());
        Map<String, Customer> foundCustomers = findCustomers(rows.stream().map(ImportRow::customerId).toList());
        Map<String, Long> firstLine = new HashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        List<Pair> valid = new ArrayList<>();
        for (ImportRow row : rows) {
            String loginProblem = Values.problem(row.login(), CustomerUserDirectory.MAX_LOGIN_LENGTH);
            String customerProblem = Values.problem(row.customerId(), CustomerDirectory.MAX_ID_LENGTH);
            if (loginProblem != null || customerProblem != null) {
                rejected.add(new Rejected(row.line(), row.login(), row.customerId(), loginProblem != null
                        ? "login is " + loginProblem : "customer ID is " + customerProblem));
                continue;
            }
            String login = row.login().strip();
            String customerId = row.customerId().strip();
            String key = lower(login) + '\u0000' + lower(customerId);
            Long earlier = firstLine.putIfAbsent(key, row.line());
            if (earlier != null) {
                rejected.add(new Rejected(row.line(), row.login(), row.customerId(),
                        "duplicate of line " + earlier));
                continue;
            }
            Optional<CustomerUser> user = Optional.ofNullable(foundUsers.get(lower(login)));
            if (user.isEmpty()) {
                rejected.add(new Rejected(row.line(), row.login(), row.customerId(), "unknown customer user"));
                continue;
            }
            Optional<Customer> customer = Optional.ofNullable(foundCustomers.get(lower(customerId)));
            if (customer.isEmpty()) {
                rejected.add(new Rejected(row.line(), row.login(), row.customerId(), "unknown customer"));
                continue;
            }
            CustomerUser u = user.get();
            if (customer.get().customerId().equalsIgnoreCase(u.primaryCustomerId())
                    && !backends.excludesPrimary(u.backend())) {
                rejected.add(new Rejected(row.line(), row.login(), row.customerId(),
                        "primary customer (always included)"));
                continue;
            }
            valid.add(new Pair(u.login(), customer.get().customerId()));
        }
        boolean refused = options.dryRun() || (!rejected.isEmpty() && !options.skipInvalid());
        if (refused || valid.isEmpty()) {
            long present = store.existing(valid).size();
            return new ImportReport(valid.size() - present, present, rejected, !refused);
        }
        WriteResult written = store.write(valid, List.of(), Source.IMPORT, who);
        Map<String, List<String>> bySubject = new LinkedHashMap<>();
        for (Pair p : written.added()) {
            bySubject.computeIfAbsent(p.login(), l -> new ArrayList<>()).add(p.customerId());
        }
        bySubject.forEach((login, ids) -> events.post(true, Side.CUSTOMER_USER, login, ids, ids.size(),
                Source.IMPORT, who));
        return new ImportReport(written.added().size(), written.unchanged(), rejected, true);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The users whose primary customer this is (and who match {@code words}): the directory's search for the
     * customer ID as a word (a superset: it matches the start of several fields), narrowed here.
     */
    private List<CustomerUser> primaryUsersOf(String customerId, String words) {
        String filter = (customerId + " " + words).strip();
        List<CustomerUser> found = new ArrayList<>();
        Search<CustomerUserSort> search = new Search<>(filter, Validity.ALL, CustomerUserSort.LOGIN,
                SortOrder.ASCENDING, 0, Search.MAX_LIMIT);
        for (int offset = 0;; offset += Search.MAX_LIMIT) {
            List<CustomerUser> page;
            try {
                page = users.listCustomerUsers(search.page(offset, Search.MAX_LIMIT));
            } catch (DirectoryException e) {
                throw directory(e);
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

    private static <T> List<T> slice(List<T> list, int offset, int limit) {
        if (offset >= list.size()) {
            return List.of();
        }
        return list.subList(offset, Math.min(list.size(), offset + limit));
    }

    private CustomerUser user(String login) {
        String value = Values.login(login);
        return findUser(value).orElseThrow(() -> new RelationException(Reason.UNKNOWN_CUSTOMER_USER, login,
                "Unknown customer user: '" + value + "'"));
    }

    private Customer customer(String customerId) {
        String value = Values.customerId(customerId);
        return findCustomer(value).orElseThrow(() -> new RelationException(Reason.UNKNOWN_CUSTOMER, customerId,
                "Unknown customer: '" + value + "'"));
    }

    private Optional<CustomerUser> findUser(String login) {
        try {
            return users.findCustomerUser(login);
        } catch (DirectoryException e) {
            throw directory(e);
        }
    }

    private Map<String, CustomerUser> findUsers(Collection<String> logins) {
        try {
            return users.findCustomerUsers(logins.stream().filter(l -> l != null).map(String::strip).toList());
        } catch (DirectoryException e) {
            throw directory(e);
        }
    }

    private Map<String, Customer> findCustomers(Collection<String> customerIds) {
        try {
            return customers.findCustomers(customerIds.stream().filter(c -> c != null).map(String::strip).toList());
        } catch (DirectoryException e) {
            throw directory(e);
        }
    }

    private Optional<Customer> findCustomer(String customerId) {
        try {
            return customers.findCustomer(customerId);
        } catch (DirectoryException e) {
            throw directory(e);
        }
    }

    /** A relation whose customer the directory no longer knows (deleted while the plugin was away). */
    private Customer customerOrPlaceholder(String customerId) {
        return findCustomer(customerId).orElseGet(() -> new Customer(customerId, "", false));
    }

    private CustomerUser userOrPlaceholder(String login) {
        return findUser(login).orElseGet(() -> new CustomerUser(login, "", "", "", "", false, ""));
    }

    private static RelationException primary(CustomerUser user, String customerId) {
        return new RelationException(Reason.PRIMARY_CUSTOMER, customerId, "'" + customerId
                + "' is the primary customer of '" + user.login() + "' and always included; it can be related only"
                + " when the user's backend has CustomerUserExcludePrimaryCustomerID on");
    }

    static RelationException directory(DirectoryException e) {
        Reason reason = switch (e.reason()) {
            case UNKNOWN_CUSTOMER -> Reason.UNKNOWN_CUSTOMER;
            case UNKNOWN_CUSTOMER_USER -> Reason.UNKNOWN_CUSTOMER_USER;
            case INVALID_VALUE -> Reason.INVALID_VALUE;
            default -> Reason.DATABASE;
        };
        return new RelationException(reason, e.value(), e.getMessage(), e);
    }

    /** Keyset pages of the directory, without the IDs to skip; a fresh instance restarts from the beginning. */
    static final class KeysetPages implements Iterator<List<String>> {

        private final java.util.function.Function<String, List<String>> next;
        private final Predicate<String> skip;
        private String after;
        private boolean done;
        private List<String> pending;

        KeysetPages(java.util.function.Function<String, List<String>> next, Predicate<String> skip) {
            this.next = next;
            this.skip = skip;
        }

        @Override
        public boolean hasNext() {
            if (pending == null && !done) {
                List<String> page = next.apply(after);
                if (page.size() < DIRECTORY_PAGE) {
                    done = true;
                }
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1);
                }
                pending = page.stream().filter(skip.negate()).toList();
            }
            return pending != null;
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<String> page = pending;
            pending = null;
            return page;
        }
    }
}
