package org.helpdesk.customerrelations.api.spi;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.platform.api.directory.dto.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The relation and history tables. Keys are matched ignoring case ({@code toLowerCase(Locale.ROOT)}); the
 * store does not validate against the directory, its caller does. Every write is one transaction that
 * writes only the rows that change, records a history entry per change and is retried as a whole when a
 * concurrent transaction got in the way (duplicate key, deadlock), so concurrent writers never fail
 * each other and never lose each other's rows. A database failure rolls the whole write back and is
 * thrown as a {@link org.helpdesk.customerrelations.api.RelationException} with reason {@code DATABASE}.
 */
@ProviderType
public interface RelationStore {

    /** The most IDs a {@link BulkResult} lists. */
    int MAX_LISTED_IDS = 1000;

    /**
     * A relation's two keys, as the directory spells them.
     *
     * @param login the customer user's login
     * @param customerId the customer ID
     */
    record Pair(String login, String customerId) {
        public Pair {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(customerId, "customerId");
        }
    }

    /**
     * What a write changed.
     *
     * @param added the pairs that were added
     * @param removed the pairs that were removed
     * @param unchanged requested pairs that already were as asked
     */
    record WriteResult(List<Pair> added, List<Pair> removed, long unchanged) {
        public WriteResult {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /**
     * What a bulk write for one subject changed.
     *
     * @param changed relations added (or removed)
     * @param unchanged other-side IDs that already were as asked
     * @param ids the first {@link #MAX_LISTED_IDS} other-side IDs that changed
     */
    record BulkResult(long changed, long unchanged, List<String> ids) {
        public BulkResult {
            ids = List.copyOf(ids);
        }
    }

    /** @return the customer IDs related to the login, sorted by customer ID ignoring case */
    List<String> customerIdsOf(String login);

    /** @return the number of customers related to the login, not counting {@code exceptCustomerId} (may be null) */
    long countCustomerIdsOf(String login, String exceptCustomerId);

    /** @return a page of the customer IDs related to the login in the database's order, without {@code exceptCustomerId} */
    List<String> customerIdsOf(String login, String exceptCustomerId, int offset, int limit);

    /** @return the number of logins related to the customer, not counting {@code exceptLogins} (at most 1000) */
    long countLoginsOf(String customerId, Collection<String> exceptLogins);

    /** @return a page of the logins related to the customer in login order, without {@code exceptLogins} (at most 1000) */
    List<String> loginsOf(String customerId, Collection<String> exceptLogins, int offset, int limit);

    /** @return those of {@code pairs} (the same objects) whose relation exists */
    Set<Pair> existing(Collection<Pair> pairs);

    /** @return the number of relations */
    long count();

    /** Streams every relation sorted by login, then customer ID (ignoring case), never all in memory. */
    void forEach(Consumer<Relation> consumer);

    /** @return history entries, newest first, with the exact total */
    Page<HistoryEntry> history(HistoryQuery query);

    /**
     * Adds and removes pairs in one transaction; existing additions and missing removals are no-ops.
     * A pair in both collections is removed.
     */
    WriteResult write(Collection<Pair> add, Collection<Pair> remove, Source source, String actor);

    /**
     * @param side what {@code subject} is
     * @param subject a login or customer ID (ignoring case)
     * @return the version of the subject's relation set: a digest of its other-side IDs (ignoring case)
     * @since 1.1
     */
    String version(Side side, String subject);

    /**
     * Like {@link #write(Collection, Collection, Source, String)}, in a serializable transaction that first
     * checks that the subject's relation set is at {@code expectedVersion}.
     *
     * @throws org.helpdesk.customerrelations.api.RelationException with reason {@code CONFLICT} when it is
     *         not (also when a concurrent conditional write of the same subject won); nothing is written
     * @since 1.1
     */
    WriteResult write(Collection<Pair> add, Collection<Pair> remove, Source source, String actor, Side side,
            String subject, String expectedVersion);

    /**
     * Relates (or unrelates) one subject to every ID the pages deliver, in one transaction with JDBC batches.
     *
     * @param side what {@code subject} is
     * @param subject the login or customer ID as the directory spells it
     * @param pages a fresh iterator over pages of the other side's IDs at each call (called again on a retry)
     */
    BulkResult writeAll(Side side, String subject, Supplier<Iterator<List<String>>> pages, boolean relate,
            Source source, String actor);

    /**
     * Moves the relations of a renamed login or customer ID to the new key and records each move (a
     * removal of the old pair and an addition of the new one, with source RENAME). Idempotent: a second
     * call finds nothing to move.
     */
    BulkResult rename(Side side, String oldKey, String newKey, String actor);

    /** Removes every relation of a login or customer ID and records each removal. */
    BulkResult removeAllOf(Side side, String key, Source source, String actor);
}
