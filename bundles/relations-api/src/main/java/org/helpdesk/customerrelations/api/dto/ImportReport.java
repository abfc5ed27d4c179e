package org.helpdesk.customerrelations.api.dto;

import java.util.List;

/**
 * The outcome of an import.
 *
 * @param added rows that were added (or would be, on a dry run)
 * @param alreadyPresent rows whose relation existed
 * @param rejected rows that were refused, with the reason
 * @param applied whether anything was written: {@code false} on a dry run, or when rows were rejected and
 *        invalid rows were not to be skipped
 */
public record ImportReport(long added, long alreadyPresent, List<Rejected> rejected, boolean applied) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /**
     * A refused row.
     *
     * @param line its line number
     * @param login the login as given
     * @param customerId the customer ID as given
     * @param reason why it was refused, e.g. "unknown customer user"
     */
    public record Rejected(long line, String login, String customerId, String reason) {
    }
}
