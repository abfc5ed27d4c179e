package org.helpdesk.platform.tickets.internal.db;

import java.util.List;

/**
 * The SQL form of a customer's ticket query: the UNION of an "own" part (tickets of the user) and a
 * "company" part (tickets of the customer IDs), each one index range.
 *
 * @param userLc the folded login for the own part, or {@code null} for none
 * @param customerIdsLc the folded customer IDs for the company part, empty for none
 * @param onlyCustomerIdLc restricts both parts to this folded customer ID, or {@code null}
 * @param words LIKE patterns (escape {@code !}) that must each match the title or number
 */
public record VisibleQuery(String userLc, List<String> customerIdsLc, String onlyCustomerIdLc, List<String> words,
        int offset, int limit) {

    public VisibleQuery {
        customerIdsLc = List.copyOf(customerIdsLc);
        words = List.copyOf(words);
    }

    public boolean own() {
        return userLc != null;
    }

    public boolean company() {
        return !customerIdsLc.isEmpty();
    }

    /** @return whether no ticket can match */
    public boolean empty() {
        return !own() && !company();
    }
}
