package org.helpdesk.customerrelations.api.dto;

import java.util.List;

/**
 * The outcome of a batch, pair by pair (indexes count from 0 in the order given).
 *
 * @param changed pairs that were added or removed (or would be, on a dry run or a refused batch)
 * @param unchanged pairs that already were as asked: an existing relation to add, a missing one to remove
 * @param rejected pairs that were refused, with the reason; any of them stops the whole batch
 * @param applied whether anything was written: {@code false} on a dry run or when a pair was rejected
 * @since 1.1
 */
public record BatchReport(List<Entry> changed, List<Entry> unchanged, List<Rejected> rejected, boolean applied) {

    public BatchReport {
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        rejected = List.copyOf(rejected);
    }

    /**
     * A pair of the batch, with keys as the directory spells them.
     *
     * @param index its place in the batch
     * @param change the pair
     */
    public record Entry(int index, BatchChange change) {
    }

    /**
     * A refused pair.
     *
     * @param index its place in the batch
     * @param change the pair as given
     * @param reason why, e.g. "unknown customer user"
     */
    public record Rejected(int index, BatchChange change, String reason) {
    }
}
