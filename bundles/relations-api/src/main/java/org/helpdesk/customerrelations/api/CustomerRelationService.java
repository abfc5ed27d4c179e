package org.helpdesk.customerrelations.api;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
import org.helpdesk.platform.api.directory.dto.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Relations of customer users to additional customers (rules R1 and R3 of the access rules).
 * <p>
 * IDs and logins are matched ignoring case. Every write validates both sides against the platform
 * directory (unknown IDs are errors), is one transaction, is idempotent (an existing relation keeps
 * its created at/by; removing a missing one is a no-op), records each change in the history, and
 * posts {@link RelationEvents} after it commits. {@code actor} names who made the change.
 */
@ProviderType
public interface CustomerRelationService {

    /**
     * The customers related to a customer user, with the primary customer first and marked as such.
     *
     * @param filter as in the directory's customer search; empty for all
     * @throws RelationException for an unknown login
     */
    Page<RelatedCustomer> customersOf(String login, String filter, int offset, int limit);

    /**
     * The customer users related to a customer, and those whose primary customer it is (marked as such).
     *
     * @param filter as in the directory's customer-user search; empty for all
     * @throws RelationException for an unknown customer ID
     */
    Page<RelatedCustomerUser> customerUsersOf(String customerId, String filter, int offset, int limit);

    /** @return those of {@code customerIds} that are related to the login, as the caller spelled them */
    Set<String> relatedCustomerIds(String login, Collection<String> customerIds);

    /** @return those of {@code logins} that are related to the customer, as the caller spelled them */
    Set<String> relatedLogins(String customerId, Collection<String> logins);

    /** @return all customer IDs related to the login, sorted by customer ID ignoring case */
    List<String> allRelatedCustomerIds(String login);

    /**
     * Relates a customer user to customers.
     *
     * @throws RelationException for an unknown login or customer ID, or the primary customer (rule R3)
     */
    ChangeResult add(String login, Collection<String> customerIds, Source source, String actor);

    /** Removes relations of a customer user; missing ones are no-ops. */
    ChangeResult remove(String login, Collection<String> customerIds, Source source, String actor);

    /**
     * Applies one subject's change set as one transaction: only its rows are written, so changes
     * others made meanwhile to other rows stay.
     *
     * @throws RelationException when any row is invalid; then nothing is written
     */
    ChangeResult apply(ChangeSet changeSet, Source source, String actor);

    /**
     * The version of a subject's relation set: an opaque text that changes whenever one of its relations
     * is added or removed (by anyone, from either side), and is equal for equal sets.
     *
     * @param side what {@code subject} is
     * @throws RelationException for an unknown login or customer ID
     * @since 1.1
     */
    String version(Side side, String subject);

    /**
     * Like {@link #apply(ChangeSet, Source, String)}, but only while the subject's relation set is still at
     * {@code expectedVersion} (from {@link #version}): checked in the write's own transaction, so of two
     * callers that read the same version, one writes and the other is refused.
     *
     * @throws RelationException with reason {@link RelationException.Reason#CONFLICT} when the set changed
     *         meanwhile; then nothing is written
     * @since 1.1
     */
    ChangeResult apply(ChangeSet changeSet, String expectedVersion, Source source, String actor);

    /**
     * Relates (or unrelates) a subject to every record of the other side that matches a directory filter,
     * in one transaction with set-based SQL.
     *
     * @param side what {@code subject} is
     * @param filter the directory filter over the other side; empty for all
     * @param relate {@code true} to relate, {@code false} to remove relations
     */
    ChangeResult applyToAllMatching(Side side, String subject, String filter, boolean relate, Source source,
            String actor);

    /** The most pairs in one {@link #applyBatch} call. */
    int MAX_BATCH = 10_000;

    /**
     * Relates and unrelates pairs of any subjects in one transaction, all or nothing: every pair is
     * validated first (known login and customer, not a primary customer to add, no pair twice), and when
     * any is rejected, or on a dry run, nothing is written and the report says what would have happened.
     *
     * @param changes at most {@link #MAX_BATCH} pairs
     * @throws RelationException with reason {@code INVALID_VALUE} for more pairs than that
     * @since 1.1
     */
    BatchReport applyBatch(List<BatchChange> changes, boolean dryRun, Source source, String actor);

    /** @return history entries, newest first, with the exact total */
    Page<HistoryEntry> history(HistoryQuery query);

    /** Streams every relation, sorted by login then customer ID, for export. */
    void forEachRelation(Consumer<Relation> consumer);

    /** @return the number of relations */
    long countRelations();

    /**
     * Imports rows: validates all, then (unless a dry run, or rows were rejected and not to be skipped) adds
     * the valid ones in one transaction.
     */
    ImportReport importRelations(Collection<ImportRow> rows, ImportOptions options, String actor);
}
