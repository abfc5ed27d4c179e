package org.helpdesk.customerrelations.ui.internal.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.helpdesk.customerrelations.api.CustomerRelationService;
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

/** Relations as "login|customer" pairs with a log of the writes, for tests. */
public class FakeRelations implements CustomerRelationService {

    public final List<String> writes = new ArrayList<>();
    public final Set<String> pairs = new LinkedHashSet<>();
    public ChangeResult bulkResult = new ChangeResult(0, 0, 0);

    public FakeRelations relate(String login, String customerId) {
        pairs.add(pair(login, customerId));
        return this;
    }

    private static String pair(String login, String customerId) {
        return (login + "|" + customerId).toLowerCase(Locale.ROOT);
    }

    @Override
    public Set<String> relatedCustomerIds(String login, Collection<String> customerIds) {
        return customerIds.stream().filter(id -> pairs.contains(pair(login, id))).collect(Collectors.toSet());
    }

    @Override
    public Set<String> relatedLogins(String customerId, Collection<String> logins) {
        return logins.stream().filter(login -> pairs.contains(pair(login, customerId))).collect(Collectors.toSet());
    }

    @Override
    public ChangeResult apply(ChangeSet changeSet, Source source, String actor) {
        writes.add("apply " + changeSet.side() + " " + changeSet.subject() + " +" + new java.util.TreeSet<>(changeSet.add())
                + " -" + new java.util.TreeSet<>(changeSet.remove()) + " " + source + " " + actor);
        return new ChangeResult(changeSet.add().size(), changeSet.remove().size(), 0);
    }

    @Override
    public String version(Side side, String subject) {
        throw new UnsupportedOperationException("the admin view does not use versions");
    }

    @Override
    public ChangeResult apply(ChangeSet changeSet, String expectedVersion, Source source, String actor) {
        throw new UnsupportedOperationException("the admin view does not use versions");
    }

    @Override
    public org.helpdesk.customerrelations.api.dto.BatchReport applyBatch(
            java.util.List<org.helpdesk.customerrelations.api.dto.BatchChange> changes, boolean dryRun, Source source,
            String actor) {
        throw new UnsupportedOperationException("the admin view does not write batches");
    }

    @Override
    public ChangeResult applyToAllMatching(Side side, String subject, String filter, boolean relate, Source source,
            String actor) {
        writes.add("all " + side + " " + subject + " '" + filter + "' " + relate + " " + source + " " + actor);
        return bulkResult;
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
    public List<String> allRelatedCustomerIds(String login) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChangeResult add(String login, Collection<String> customerIds, Source source, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChangeResult remove(String login, Collection<String> customerIds, Source source, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<HistoryEntry> history(HistoryQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void forEachRelation(Consumer<Relation> consumer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long countRelations() {
        return pairs.size();
    }

    @Override
    public ImportReport importRelations(Collection<ImportRow> rows, ImportOptions options, String actor) {
        throw new UnsupportedOperationException();
    }
}
