package org.helpdesk.platform.api.directory.dto;

import java.util.Objects;

/**
 * A search over customers or customer users.
 * <p>
 * The filter is case-insensitive and may hold several words, all of which must match. For
 * customers a word matches anywhere in the customer ID or name. For customer users a word matches
 * the start of the login, first name, last name, e-mail address, e-mail domain or primary customer
 * ID (indexed, fast at millions of users); a word starting with {@code *} matches anywhere in those
 * fields. {@code *} inside a word is a wildcard for any text. An empty filter matches everything.
 *
 * @param filter the filter text, may be empty
 * @param validity which records by their valid flag
 * @param sort what to sort by
 * @param order sort direction
 * @param offset index of the first record to return, from 0
 * @param limit the maximum number of records to return, 1 to 1000
 */
public record Search<S extends Enum<S>>(String filter, Validity validity, S sort, SortOrder order, int offset,
        int limit) {

    public static final int MAX_LIMIT = 1000;

    public Search {
        filter = filter == null ? "" : filter.strip();
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(order, "order");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    /** @return a search for all records matching {@code filter}, first page of {@code limit}, ascending */
    public static <S extends Enum<S>> Search<S> of(String filter, S sort, int limit) {
        return new Search<>(filter, Validity.ALL, sort, SortOrder.ASCENDING, 0, limit);
    }

    /** @return the same search for another page */
    public Search<S> page(int newOffset, int newLimit) {
        return new Search<>(filter, validity, sort, order, newOffset, newLimit);
    }
}
