package org.helpdesk.platform.directory.internal.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search text turned into SQL LIKE patterns (escape character {@code !}), one term per word.
 * Words are split at white space; {@code *} is a wildcard. {@link Term#pattern()} matches a column
 * that starts with the word (an index range scan) unless the word starts with {@code *};
 * {@link Term#anywhere()} matches the word anywhere in a column.
 */
public final class SearchFilter {

    /** One word of the filter. */
    public record Term(String pattern, String anywhere) {

        /** @return whether the word matches anywhere in a column, so no index helps */
        public boolean isAnywhere() {
            return pattern.startsWith("%");
        }
    }

    private final List<Term> terms;

    private SearchFilter(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public static SearchFilter parse(String text) {
        List<Term> terms = new ArrayList<>();
        if (text != null) {
            for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                String core = trimStars(word);
                if (!core.isEmpty()) {
                    String like = toLike(core);
                    String prefix = like + "%";
                    terms.add(new Term(word.startsWith("*") ? "%" + prefix : prefix, "%" + prefix));
                }
            }
        }
        return new SearchFilter(terms);
    }

    private static String trimStars(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && word.charAt(start) == '*') {
            start++;
        }
        while (end > start && word.charAt(end - 1) == '*') {
            end--;
        }
        return word.substring(start, end);
    }

    /** Escapes LIKE's own characters and turns inner runs of {@code *} into one {@code %}. */
    private static String toLike(String core) {
        StringBuilder like = new StringBuilder();
        for (char c : core.toCharArray()) {
            switch (c) {
                case '*' -> {
                    if (like.isEmpty() || like.charAt(like.length() - 1) != '%' || isEscaped(like)) {
                        like.append('%');
                    }
                }
                case '%', '_', '!' -> like.append('!').append(c);
                default -> like.append(c);
            }
        }
        return like.toString();
    }

    private static boolean isEscaped(StringBuilder like) {
        return like.length() >= 2 && like.charAt(like.length() - 2) == '!';
    }

    public List<Term> getTerms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
