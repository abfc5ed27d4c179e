package org.helpdesk.customerrelations.persistence.internal;

import static org.helpdesk.customerrelations.api.spi.RelationStore.MAX_LISTED_IDS;
import static org.helpdesk.customerrelations.persistence.internal.Keys.lower;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.helpdesk.customerrelations.api.dto.HistoryEntry.Action;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore.BulkResult;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;

/**
 * Relating one subject to (or unrelating it from) every ID of a stream of pages, in one transaction of JDBC
 * batches; the history of new relations is one set-based insert at the end.
 */
final class BulkWrites {

    /** Up to this many present relations of a bulk write's subject are held in memory (about 100 bytes each). */
    private static final int MAX_PRESENT_IN_MEMORY = 500_000;

    private final Transactions transactions;

    BulkWrites(Transactions transactions) {
        this.transactions = transactions;
    }

    BulkResult writeAll(Side side, String subject, Supplier<Iterator<List<String>>> pages, boolean relate,
            Source source, String actor) {
        boolean customerSide = side == Side.CUSTOMER;
        String column = customerSide ? "customer_id_lc" : "login_lc";
        String otherColumn = customerSide ? "login_lc" : "customer_id_lc";
        String subjectLc = lower(subject);
        return transactions.write(null, (session, at) -> {
            RelationMapper mapper = session.getMapper(RelationMapper.class);
            Connection connection = session.getConnection();
            // The subject's present relations, read once: one index range scan instead of a query per page.
            Set<String> present = relate && mapper.countOf(column, subjectLc) <= MAX_PRESENT_IN_MEMORY
                    ? new HashSet<>(mapper.otherIds(column, otherColumn, subjectLc, MAX_PRESENT_IN_MEMORY)) : null;
            long changed = 0;
            long unchanged = 0;
            List<String> ids = new ArrayList<>();
            Iterator<List<String>> iterator = pages.get();
            while (iterator.hasNext()) {
                List<Pair> pairs = Pairs.sorted(Pairs.byKey(iterator.next().stream()
                        .map(other -> customerSide ? new Pair(other, subject) : new Pair(subject, other))
                        .toList()).values());
                List<Pair> done;
                if (relate) {
                    if (present == null) {
                        done = Pairs.missing(mapper, pairs);
                    } else {
                        done = new ArrayList<>();
                        for (Pair p : pairs) {
                            if (present.add(lower(customerSide ? p.login() : p.customerId()))) {
                                done.add(p);
                            }
                        }
                    }
                    Batches.insertRelations(connection, done, at, actor);
                } else {
                    done = Batches.deleteRelations(connection, pairs);
                    Batches.insertHistory(connection, done, Action.REMOVED, source, actor, at, null);
                }
                changed += done.size();
                unchanged += pairs.size() - done.size();
                for (int i = 0; i < done.size() && ids.size() < MAX_LISTED_IDS; i++) {
                    Pair p = done.get(i);
                    ids.add(customerSide ? p.login() : p.customerId());
                }
            }
            if (relate && changed > 0) {
                // Set-based: the rows this transaction inserted are those of the subject created at its instant.
                int recorded = mapper.historyOfCreated(column, subjectLc, source.name(), actor, at);
                if (recorded != changed) {
                    throw new IllegalStateException("Recorded " + recorded + " history entries for " + changed
                            + " new relations of " + subject);
                }
            }
            return new BulkResult(changed, unchanged, ids);
        });
    }
}
