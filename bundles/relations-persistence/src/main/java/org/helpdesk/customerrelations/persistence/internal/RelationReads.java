package org.helpdesk.customerrelations.persistence.internal;

import static org.helpdesk.customerrelations.persistence.internal.Keys.lower;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.platform.api.directory.dto.Page;

/** The relation store's reads, each in one session: a subject's relations, existing pairs, all relations, history. */
final class RelationReads {

    private final Transactions transactions;

    RelationReads(Transactions transactions) {
        this.transactions = transactions;
    }

    List<String> customerIdsOf(String login) {
        List<String> ids = new ArrayList<>(transactions.read(m -> m.customerIdsOf(lower(login))));
        // Sorted in Java too: the same order on every database, whatever its collation.
        ids.sort(Comparator.comparing(Keys::lower));
        return ids;
    }

    long countCustomerIdsOf(String login, String exceptCustomerId) {
        return transactions.read(m -> m.countCustomerIdsOf(lower(login),
                exceptCustomerId == null ? null : lower(exceptCustomerId)));
    }

    List<String> customerIdsOf(String login, String exceptCustomerId, int offset, int limit) {
        return transactions.read(m -> m.customerIdsPage(lower(login),
                exceptCustomerId == null ? null : lower(exceptCustomerId), offset, limit));
    }

    long countLoginsOf(String customerId, Collection<String> exceptLogins) {
        List<String> except = lowerAll(exceptLogins);
        return transactions.read(m -> m.countLoginsOf(lower(customerId), except));
    }

    List<String> loginsOf(String customerId, Collection<String> exceptLogins, int offset, int limit) {
        List<String> except = lowerAll(exceptLogins);
        return transactions.read(m -> m.loginsPage(lower(customerId), except, offset, limit));
    }

    private static List<String> lowerAll(Collection<String> values) {
        if (values.size() > Pairs.IN_LIMIT) {
            throw new IllegalArgumentException("at most " + Pairs.IN_LIMIT + " logins to leave out: " + values.size());
        }
        return values.stream().map(Keys::lower).distinct().toList();
    }

    Set<Pair> existing(Collection<Pair> pairs) {
        if (pairs.isEmpty()) {
            return Set.of();
        }
        return transactions.read(m -> Pairs.existing(m, new ArrayList<>(pairs)));
    }

    long count() {
        return transactions.read(RelationMapper::count);
    }

    void forEach(Consumer<Relation> consumer) {
        RuntimeException[] failed = new RuntimeException[1];
        transactions.stream(mapper -> mapper.all(context -> {
            try {
                consumer.accept(context.getResultObject());
            } catch (RuntimeException e) {
                failed[0] = e; // the consumer's own failure, not the database's
                context.stop();
            }
        }));
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    Page<HistoryEntry> history(HistoryQuery query) {
        String login = query.login() == null || query.login().isBlank() ? null : lower(query.login().strip());
        String customer = query.customerId() == null || query.customerId().isBlank() ? null
                : lower(query.customerId().strip());
        return transactions.read(m -> new Page<>(m.history(login, customer, query.offset(), query.limit()),
                m.countHistory(login, customer)));
    }

    String version(Side side, String subject) {
        return transactions.read(m -> SubjectVersions.of(m, side, lower(subject)));
    }
}
