package org.helpdesk.customerrelations.api.dto;

/**
 * Which history entries to read, newest first.
 *
 * @param login only entries of this login (ignoring case), or {@code null}
 * @param customerId only entries of this customer ID (ignoring case), or {@code null}
 * @param offset index of the first entry, from 0
 * @param limit the maximum number of entries, 1 to 1000
 */
public record HistoryQuery(String login, String customerId, int offset, int limit) {

    public HistoryQuery {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1 to 1000");
        }
    }
}
