package org.helpdesk.customerrelations.api.dto;

/**
 * What a write changed.
 *
 * @param added relations that did not exist and were added
 * @param removed relations that existed and were removed
 * @param unchanged requested rows that were already as asked (no-ops)
 */
public record ChangeResult(long added, long removed, long unchanged) {

    /** No change. */
    public static final ChangeResult NONE = new ChangeResult(0, 0, 0);

    /** @return the sum of both results */
    public ChangeResult plus(ChangeResult other) {
        return new ChangeResult(added + other.added, removed + other.removed, unchanged + other.unchanged);
    }
}
