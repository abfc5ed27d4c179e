package org.helpdesk.customerrelations.shell.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.ChangeSet;
import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.ImportOptions;
import org.helpdesk.customerrelations.api.dto.ImportReport;
import org.helpdesk.customerrelations.api.dto.ImportRow;
import org.helpdesk.customerrelations.api.dto.RelatedCustomer;
import org.helpdesk.customerrelations.api.dto.RelatedCustomerUser;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.platform.api.directory.dto.Page;

/** An in-memory relations service with known users (login to primary customer) and customers. */
class FakeRelationService implements CustomerRelationService {

    final Map<String, String> primaryOf = new TreeMap<>();
    final Set<String> customers;
    /** "login|customer" in lower case to the relation. */
    final Map<String, Relation> relations = new TreeMap<>();
    String lastActor;
    List<ImportRow> lastImport;

    FakeRelationService(Map<String, String> primaryOf, Set<String> customers) {
        this.primaryOf.putAll(primaryOf);
        this.customers = customers;
    }

    private static String key(String login, String customerId) {
        return (login + "|" + customerId).toLowerCase(Locale.ROOT);
    }

    /** @return why the pair is refused, or null */
    private String problem(String login, String customerId) {
        if (login.isEmpty() || customerId.isEmpty()) {
            return "empty value";
        }
        if (!primaryOf.containsKey(login)) {
            return "unknown customer user";
        }
        if (!customers.contains(customerId)) {
            return "unknown customer";
        }
        if (primaryOf.get(login).equals(customerId)) {
            return "primary customer";
        }
        return null;
    }

    @Override
    public ImportReport importRelations(Collection<ImportRow> rows, ImportOptions options, String actor) {
        lastActor = actor;
        lastImport = List.copyOf(rows);
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        List<ImportRow> toAdd = new ArrayList<>();
        long present = 0;
        for (ImportRow row : rows) {
            String problem = problem(row.login(), row.customerId());
            if (problem != null) {
                rejected.add(new ImportReport.Rejected(row.line(), row.login(), row.customerId(), problem));
            } else if (relations.containsKey(key(row.login(), row.customerId()))) {
                present++;
            } else {
                toAdd.add(row);
            }
        }
        boolean apply = !options.dryRun() && (rejected.isEmpty() || options.skipInvalid());
        if (apply) {
            Instant now = Instant.now();
            toAdd.forEach(r -> relations.put(key(r.login(), r.customerId()),
                    new Relation(r.login(), r.customerId(), now, actor, now, actor)));
        }
        return new ImportReport(toAdd.size(), present, rejected, apply);
    }

    @Override
    public ChangeResult add(String login, Collection<String> customerIds, Source source, String actor) {
        lastActor = actor;
        long added = 0;
        for (String id : customerIds) {
            String problem = problem(login, id);
            if (problem != null) {
                throw new RelationException(RelationException.Reason.INVALID_VALUE, id, problem + ": '" + id + "'");
            }
        }
        Instant now = Instant.now();
        for (String id : customerIds) {
            if (relations.putIfAbsent(key(login, id), new Relation(login, id, now, actor, now, actor)) == null) {
                added++;
            }
        }
        return new ChangeResult(added, 0, customerIds.size() - added);
    }

    @Override
    public ChangeResult remove(String login, Collection<String> customerIds, Source source, String actor) {
        long removed = customerIds.stream().filter(id -> relations.remove(key(login, id)) != null).count();
        return new ChangeResult(0, removed, customerIds.size() - removed);
    }

    @Override
    public void forEachRelation(Consumer<Relation> consumer) {
        relations.values().forEach(consumer);
    }

    @Override
    public long countRelations() {
        return relations.size();
    }

    @Override
    public Page<RelatedCustomer> customersOf(String login, String filter, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<RelatedCustomerUser> customerUsersOf(String customerId, String filter, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> relatedCustomerIds(String login, Collection<String> customerIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> relatedLogins(String customerId, Collection<String> logins) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> allRelatedCustomerIds(String login) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChangeResult apply(ChangeSet changeSet, Source source, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String version(Side side, String subject) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChangeResult apply(ChangeSet changeSet, String expectedVersion, Source source, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public org.helpdesk.customerrelations.api.dto.BatchReport applyBatch(
            List<org.helpdesk.customerrelations.api.dto.BatchChange> changes, boolean dryRun, Source source,
            String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChangeResult applyToAllMatching(Side side, String subject, String filter, boolean relate, Source source,
            String actor) {
        ChangeResult total = new ChangeResult(0, 0, 0);
        if (side == Side.CUSTOMER) {
            if (!customers.contains(subject)) {
                throw new RelationException(RelationException.Reason.UNKNOWN_CUSTOMER, subject, "Unknown customer: " + subject);
            }
            for (String login : List.copyOf(primaryOf.keySet())) {
                if (login.contains(filter) && !(relate && primaryOf.get(login).equals(subject))) {
                    total = total.plus(relate ? add(login, List.of(subject), source, actor)
                            : remove(login, List.of(subject), source, actor));
                }
            }
        } else {
            List<String> matching = customers.stream().filter(c -> c.contains(filter)
                    && !(relate && c.equals(primaryOf.get(subject)))).toList();
            total = relate ? add(subject, matching, source, actor) : remove(subject, matching, source, actor);
        }
        return total;
    }

    @Override
    public Page<HistoryEntry> history(HistoryQuery query) {
        throw new UnsupportedOperationException();
    }
}
