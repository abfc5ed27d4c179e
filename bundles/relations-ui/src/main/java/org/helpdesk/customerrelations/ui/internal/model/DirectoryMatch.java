package org.helpdesk.customerrelations.ui.internal.model;

import java.util.List;

/**
 * Whether one record matches a directory filter, asked of the directory itself so that the answer
 * follows its search rules exactly (prefix words for users, contains for customers, {@code *}).
 * The filter is narrowed by the record's own first word, which the record always matches, so the
 * directory scans only a few rows (an index range) instead of everything the filter matches.
 */
public final class DirectoryMatch {

    static final int PAGE = 1000;

    private DirectoryMatch() {
    }

    /**
     * @param matchingIds the directory's keyset listing: (filter, afterId) to the next IDs, ascending
     */
    public static boolean matches(String filter, String id, MatchingIds matchingIds) {
        String normalized = PendingChanges.normalize(filter);
        if (normalized.isEmpty()) {
            return true;
        }
        String narrowed = normalized + " " + firstWord(id);
        String after = null;
        while (true) {
            List<String> ids = matchingIds.after(narrowed, after, PAGE);
            for (String candidate : ids) {
                if (candidate.equalsIgnoreCase(id)) {
                    return true;
                }
            }
            if (ids.size() < PAGE) {
                return false;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    static String firstWord(String id) {
        String stripped = id.strip();
        int blank = stripped.indexOf(' ');
        return blank < 0 ? stripped : stripped.substring(0, blank);
    }

    /** The directory's {@code matchingCustomerIds} or {@code matchingLogins} over all validities. */
    @FunctionalInterface
    public interface MatchingIds {
        List<String> after(String filter, String afterId, int limit);
    }
}
