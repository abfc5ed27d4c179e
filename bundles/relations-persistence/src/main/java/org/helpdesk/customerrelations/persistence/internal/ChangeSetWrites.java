package org.helpdesk.customerrelations.persistence.internal;

import static org.helpdesk.customerrelations.persistence.internal.Keys.lower;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.helpdesk.customerrelations.api.dto.HistoryEntry.Action;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.customerrelations.api.spi.RelationStore.WriteResult;

/**
 * Change sets: additions and removals of any pairs in one transaction, with their history; the conditional
 * kind writes only while a subject's relations are still at the version the caller read.
 */
final class ChangeSetWrites {

    private final Transactions transactions;
    private final SubjectLocks subjectLocks = new SubjectLocks();

    ChangeSetWrites(Transactions transactions) {
        this.transactions = transactions;
    }

    WriteResult write(Collection<Pair> add, Collection<Pair> remove, Source source, String actor) {
        Changes changes = Changes.of(add, remove);
        return transactions.write(null, (session, at) -> changes.write(session, at, source, actor));
    }

    WriteResult write(Collection<Pair> add, Collection<Pair> remove, Source source, String actor, Side side,
            String subject, String expectedVersion) {
        Changes changes = Changes.of(add, remove);
        // Conditional writers of one subject on this node queue here rather than in the database's deadlock
        // detection; across nodes the serializable transaction lets only one of them commit.
        Lock lock = subjectLocks.of(side, subject);
        lock.lock();
        try {
            return transactions.write(TransactionIsolationLevel.SERIALIZABLE, (session, at) -> {
                String current = SubjectVersions.of(session.getMapper(RelationMapper.class), side, lower(subject));
                if (!current.equals(expectedVersion)) {
                    throw SubjectVersions.conflict(subject);
                }
                return changes.write(session, at, source, actor);
            });
        } finally {
            lock.unlock();
        }
    }

    /** Additions and removals in key order, a pair in both removed. */
    private record Changes(List<Pair> add, List<Pair> remove) {

        static Changes of(Collection<Pair> add, Collection<Pair> remove) {
            Map<String, Pair> removes = Pairs.byKey(remove);
            Map<String, Pair> adds = Pairs.byKey(add);
            adds.keySet().removeAll(removes.keySet());
            return new Changes(Pairs.sorted(adds.values()), Pairs.sorted(removes.values()));
        }

        WriteResult write(SqlSession session, Timestamp at, Source source, String actor) throws SQLException {
            Connection connection = session.getConnection();
            List<Pair> removed = Batches.deleteRelations(connection, remove);
            Batches.insertHistory(connection, removed, Action.REMOVED, source, actor, at, null);
            List<Pair> added = Pairs.missing(session.getMapper(RelationMapper.class), add);
            Batches.insertRelations(connection, added, at, actor);
            Batches.insertHistory(connection, added, Action.ADDED, source, actor, at, null);
            long unchanged = (add.size() - added.size()) + (remove.size() - removed.size());
            return new WriteResult(added, removed, unchanged);
        }
    }
}
