package org.helpdesk.platform.tickets.internal.db;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns a typed filter into folded "contains" LIKE patterns, one per word, escaped with {@code !}. */
public final class Like {

    private Like() {
    }

    public static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** @return one {@code %word%} pattern per whitespace-separated word; {@code *} is a wildcard */
    public static List<String> containsPatterns(String filter) {
        if (filter == null || filter.isBlank()) {
            return List.of();
        }
        return Arrays.stream(filter.strip().split("\\s+")).map(w -> "%" + escape(lower(w)).replace('*', '%') + "%").toList();
    }

    static String escape(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
