package org.helpdesk.customerrelations.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.BatchChange;
import org.helpdesk.customerrelations.api.dto.BatchReport;
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
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The relations service: validates against the directory and the backends' settings, then writes through
 * the {@link RelationStore} and posts events after the commit. One component for the services it needs;
 * the work is done by the plain classes it builds, one for each kind of call.
 */
@Component(service = CustomerRelationService.class)
public class RelationService implements CustomerRelationService {

    private final RelationStore store;
    private final RelatedIds related;
    private final CustomersOfUser customersOfUser;
    private final UsersOfCustomer usersOfCustomer;
    private final ChangeSets changes;
    private final BatchWriter batches;
    private final BulkChanges bulk;
    private final RelationImport imports;

    @Activate
    public RelationService(@Reference CustomerDirectory customers, @Reference CustomerUserDirectory users,
            @Reference RelationStore store, @Reference Backends backends, @Reference EventPoster events) {
        DirectoryLookup directory = new DirectoryLookup(customers, users, KeysetPages.DIRECTORY_PAGE);
        this.store = store;
        this.related = new RelatedIds(store, RelatedIds.IN_MEMORY_RELATIONS);
        this.customersOfUser = new CustomersOfUser(directory, store, related);
        this.usersOfCustomer = new UsersOfCustomer(directory, store, related);
        this.changes = new ChangeSets(directory, store, backends, events);
        this.batches = new BatchWriter(customers, users, store, backends, events);
        this.bulk = new BulkChanges(directory, store, backends, events);
        this.imports = new RelationImport(directory, store, backends, events);
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Page<RelatedCustomer> customersOf(String login, String filter, int offset, int limit) {
        return customersOfUser.page(login, filter, offset, limit);
    }

    @Override
    public Page<RelatedCustomerUser> customerUsersOf(String customerId, String filter, int offset, int limit) {
        return usersOfCustomer.page(customerId, filter, offset, limit);
    }

    @Override
    public Set<String> relatedCustomerIds(String login, Collection<String> customerIds) {
        return related.customerIds(login, customerIds);
    }

    @Override
    public Set<String> relatedLogins(String customerId, Collection<String> logins) {
        return related.logins(customerId, logins);
    }

    @Override
    public List<String> allRelatedCustomerIds(String login) {
        return related.allCustomerIds(login);
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
        return changes.add(login, customerIds, source, actor);
    }

    @Override
    public ChangeResult remove(String login, Collection<String> customerIds, Source source, String actor) {
        return changes.remove(login, customerIds, source, actor);
    }

    @Override
    public ChangeResult apply(ChangeSet changeSet, Source source, String actor) {
        return changes.apply(changeSet, source, actor);
    }

    @Override
    public String version(Side side, String subject) {
        return changes.version(side, subject);
    }

    @Override
    public ChangeResult apply(ChangeSet changeSet, String expectedVersion, Source source, String actor) {
        return changes.apply(changeSet, expectedVersion, source, actor);
    }

    @Override
    public BatchReport applyBatch(List<BatchChange> changes, boolean dryRun, Source source, String actor) {
        return batches.apply(changes, dryRun, source, actor);
    }

    @Override
    public ChangeResult applyToAllMatching(Side side, String subject, String filter, boolean relate, Source source,
            String actor) {
        return bulk.applyToAllMatching(side, subject, filter, relate, source, actor);
    }

    @Override
    public ImportReport importRelations(Collection<ImportRow> rows, ImportOptions options, String actor) {
        return imports.importRelations(rows, options, actor);
    }
}
