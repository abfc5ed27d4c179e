package org.helpdesk.customerrelations.api.dto;

import java.time.Instant;

/**
 * One recorded change of a relation.
 *
 * @param id increasing number of the entry
 * @param login the customer user's login at the time
 * @param customerId the customer ID at the time
 * @param action added or removed
 * @param source where the change came from
 * @param actor who made it
 * @param at when
 * @param detail extra text, e.g. the old ID of a rename; may be empty
 */
public record HistoryEntry(long id, String login, String customerId, Action action, Source source, String actor,
        Instant at, String detail) {

    /** What happened to the relation. */
    public enum Action {
        ADDED, REMOVED
    }
}
