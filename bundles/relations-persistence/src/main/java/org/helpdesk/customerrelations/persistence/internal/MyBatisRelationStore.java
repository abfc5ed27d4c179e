package org.helpdesk.customerrelations.persistence.internal;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.platform.api.directory.dto.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The relation store on the plugin's tables: reads with MyBatis; writes each operation in one transaction
 * with set-based SQL and JDBC batches. It hands each call to the part that does that kind of work.
 */
@Component(service = RelationStore.class)
public class MyBatisRelationStore implements RelationStore {

    private final RelationReads reads;
    private final ChangeSetWrites changeSets;
    private final BulkWrites bulk;
    private final KeyWrites keys;

    @Activate
    public MyBatisRelationStore(@Reference RelationsDatabase database) {
        Transactions transactions = new Transactions(database.sessions());
        this.reads = new RelationReads(transactions);
        this.changeSets = new ChangeSetWrites(transactions);
        this.bulk = new BulkWrites(transactions);
        this.keys = new KeyWrites(transactions);
    }

    @Override
    public List<String> customerIdsOf(String login) {
        return reads.customerIdsOf(login);
    }

    @Override
    public long countCustomerIdsOf(String login, String exceptCustomerId) {
        return reads.countCustomerIdsOf(login, exceptCustomerId);
    }

    @Override
    public List<String> customerIdsOf(String login, String exceptCustomerId, int offset, int limit) {
        return reads.customerIdsOf(login, exceptCustomerId, offset, limit);
    }

    @Override
    public long countLoginsOf(String customerId, Collection<String> exceptLogins) {
        return reads.countLoginsOf(customerId, exceptLogins);
    }

    @Override
    public List<String> loginsOf(String customerId, Collection<String> exceptLogins, int offset, int limit) {
        return reads.loginsOf(customerId, exceptLogins, offset, limit);
    }

    @Override
    public Set<Pair> existing(Collection<Pair> pairs) {
        return reads.existing(pairs);
    }

    @Override
    public long count() {
        return reads.count();
    }

    @Override
    public void forEach(Consumer<Relation> consumer) {
        reads.forEach(consumer);
    }

    @Override
    public Page<HistoryEntry> history(HistoryQuery query) {
        return reads.history(query);
    }

    @Override
    public String version(Side side, String subject) {
        return reads.version(side, subject);
    }

    @Override
    public WriteResult write(Collection<Pair> add, Collection<Pair> remove, Source source, String actor) {
        return changeSets.write(add, remove, source, actor);
    }

    @Override
    public WriteResult write(Collection<Pair> add, Collection<Pair> remove, Source source, String actor, Side side,
            String subject, String expectedVersion) {
        return changeSets.write(add, remove, source, actor, side, subject, expectedVersion);
    }

    @Override
    public BulkResult writeAll(Side side, String subject, Supplier<Iterator<List<String>>> pages, boolean relate,
            Source source, String actor) {
        return bulk.writeAll(side, subject, pages, relate, source, actor);
    }

    @Override
    public BulkResult rename(Side side, String oldKey, String newKey, String actor) {
        return keys.rename(side, oldKey, newKey, actor);
    }

    @Override
    public BulkResult removeAllOf(Side side, String key, Source source, String actor) {
        return keys.removeAllOf(side, key, source, actor);
    }
}
