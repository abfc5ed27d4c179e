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
    }

    private final List<Term> terms;

    private SearchFilter(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public static SearchFilter parse(String text) {
        List<Term> terms = new ArrayList<>();
        if (text != null) {
            for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                String like = toLike(word);
                if (!like.isEmpty() && !like.chars().allMatch(c -> c == '%')) {
                    terms.add(new Term(like.endsWith("%") ? like : like + "%", "%" + like + (like.endsWith("%") ? "" : "%")));
                }
            }
        }
        return new SearchFilter(terms);
    }

    private static String toLike(String word) {
        StringBuilder like = new StringBuilder();
        for (char c : word.toCharArray()) {
            switch (c) {
                case '*' -> like.append('%');
                case '%', '_', '!' -> like.append('!').append(c);
                default -> like.append(c);
            }
        }
        return like.toString().replaceAll("%+", "%");
    }

    public List<Term> getTerms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
