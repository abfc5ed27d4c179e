package org.helpdesk.customerrelations.ui.internal.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.helpdesk.customerrelations.api.dto.ChangeSet;
import org.helpdesk.customerrelations.api.dto.Side;

/**
 * The unsaved changes of one edit page: an optional <em>bulk</em> change ("relate or unrelate every
 * row matching filter F", from the header checkbox) as the base, and per-row <em>overrides</em> on top.
 * <p>
 * A row shows its override if it has one; else the bulk's state if a bulk is pending and the row
 * matches its filter; else what is stored. Saving applies the bulk first and the overrides after it,
 * so that a row the admin toggled after selecting all keeps the admin's choice. A new bulk drops the
 * overrides of the rows it covers (the admin asked for all of them) and replaces an earlier bulk:
 * only one bulk can wait for Save, the page warns before replacing one with another filter.
 * IDs are compared ignoring case; the first spelling is kept.
 */
public final class PendingChanges {

    /**
     * @param filter the directory filter the bulk covers, stripped; empty for all rows
     * @param relate {@code true} to relate every matching row, {@code false} to unrelate
     * @param rows how many rows matched when the admin chose it (shown to the admin, not used to write)
     */
    public record Bulk(String filter, boolean relate, long rows) {
        public Bulk {
            filter = normalize(filter);
        }

        /** @return whether the bulk covers exactly the rows of {@code otherFilter} (ignoring case and blanks) */
        public boolean sameFilter(String otherFilter) {
            return filter.equalsIgnoreCase(normalize(otherFilter));
        }
    }

    /** @param undoesBulk whether Save writes this row twice: the bulk changes it, then the override changes it back */
    private record Override(String id, boolean related, boolean undoesBulk) {
    }

    private Bulk bulk;
    private final Map<String, Override> overrides = new LinkedHashMap<>();

    /** @return the state the row shows: checked means related after Save */
    public boolean shows(String id, boolean stored, boolean inBulk) {
        Override override = overrides.get(key(id));
        if (override != null) {
            return override.related();
        }
        return base(stored, inBulk);
    }

    /**
     * The admin set a row's checkbox. An override that equals what the row would show without it is
     * dropped, so toggling back and forth leaves nothing to save.
     *
     * @param stored whether the relation is stored now
     * @param inBulk whether the row matches the pending bulk's filter (ignored without a bulk)
     */
    public void set(String id, boolean related, boolean stored, boolean inBulk) {
        if (related == base(stored, inBulk)) {
            overrides.remove(key(id));
        } else {
            boolean undoesBulk = bulk != null && inBulk && related == stored;
            overrides.put(key(id), new Override(id, related, undoesBulk));
        }
    }

    /**
     * The admin set or cleared every row matching {@code filter}.
     *
     * @param coveredByFilter tells which of the current overrides' IDs match {@code filter}; those are dropped
     */
    public void setAll(String filter, boolean relate, long rows, Predicate<String> coveredByFilter) {
        Bulk next = new Bulk(filter, relate, rows);
        overrides.values().removeIf(override -> next.filter().isEmpty() || coveredByFilter.test(override.id()));
        // the rows left are outside the new bulk, so Save writes each of them once
        overrides.replaceAll((key, override) -> new Override(override.id(), override.related(), false));
        bulk = next;
    }

    /** @return the pending bulk, if any */
    public Optional<Bulk> bulk() {
        return Optional.ofNullable(bulk);
    }

    /** @return whether setting all rows of {@code filter} would replace a bulk over other rows */
    public boolean wouldReplaceOtherBulk(String filter) {
        return bulk != null && !bulk.sameFilter(filter);
    }

    /** @return the number of rows with an override */
    public int overrideCount() {
        return overrides.size();
    }

    /** @return the overrides as one change set: only the rows the admin changed */
    public ChangeSet changeSet(Side side, String subject) {
        Set<String> add = new LinkedHashSet<>();
        Set<String> remove = new LinkedHashSet<>();
        for (Override override : overrides.values()) {
            (override.related() ? add : remove).add(override.id());
        }
        return new ChangeSet(side, subject, add, remove);
    }

    /**
     * @return how many rows Save changes twice (by the bulk, then back by an override), so that the
     *         message after the save can tell the net change
     */
    public int roundTrips() {
        return (int) overrides.values().stream().filter(Override::undoesBulk).count();
    }

    /** @return whether anything waits for Save */
    public boolean isDirty() {
        return bulk != null || !overrides.isEmpty();
    }

    /** Drops everything: after Save, or when the admin cancels. */
    public void clear() {
        bulk = null;
        overrides.clear();
    }

    private boolean base(boolean stored, boolean inBulk) {
        return bulk != null && inBulk ? bulk.relate() : stored;
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    static String normalize(String filter) {
        return filter == null ? "" : filter.strip().replaceAll("\\s+", " ");
    }
}
