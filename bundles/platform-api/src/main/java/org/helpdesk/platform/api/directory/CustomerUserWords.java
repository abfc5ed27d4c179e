package org.helpdesk.platform.api.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * The search rule for customer users of {@link org.helpdesk.platform.api.directory.dto.Search#filter()}, the same
 * for every backend: a user is found under the lower-case words of {@link #of} and their primary customer ID; a
 * filter word matches the start of one of them, or anywhere when it starts with {@code *}; {@code *} inside a
 * word stands for any text; all words of a filter must match.
 *
 * @since 1.2
 */
public final class CustomerUserWords {

    /**
     * One word of a filter.
     *
     * @param pieces the lower-case text between its stars, at least one
     * @param anywhere whether the word started with {@code *}
     */
    public record Term(List<String> pieces, boolean anywhere) {

        public Term {
            pieces = List.copyOf(pieces);
        }

        /** @return whether the pieces stand in {@code value} in order, the first at its start unless anywhere */
        public boolean matches(String value) {
            int at = 0;
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                int found = i == 0 && !anywhere ? (value.startsWith(piece) ? 0 : -1) : value.indexOf(piece, at);
                if (found < 0) {
                    return false;
                }
                at = found + piece.length();
            }
            return true;
        }
    }

    private CustomerUserWords() {
    }

    /** @return the words of a filter; none for an empty or {@code null} filter */
    public static List<Term> terms(String filter) {
        List<Term> terms = new ArrayList<>();
        if (filter != null) {
            for (String word : lower(filter.strip()).split("\\s+")) {
                List<String> pieces = Arrays.stream(word.split("\\*+")).filter(p -> !p.isEmpty()).toList();
                if (!pieces.isEmpty()) {
                    terms.add(new Term(pieces, word.startsWith("*")));
                }
            }
        }
        return terms;
    }

    /** @return whether every term matches the start of one of the user's words or of their primary customer ID */
    public static boolean matches(CustomerUser user, List<Term> terms) {
        Set<String> words = of(user);
        String primary = lower(user.primaryCustomerId());
        return terms.stream().allMatch(t -> t.matches(primary) || words.stream().anyMatch(t::matches));
    }

    /** @see #of(String, String, String, String) */
    public static Set<String> of(CustomerUser user) {
        return of(user.login(), user.firstName(), user.lastName(), user.email());
    }

    /**
     * @return the distinct, non-empty, lower-case words a user is found under, in this order: the login, the
     *         first name and each part of it after a blank or hyphen ("von braun" is found by "braun",
     *         "smith-jones" by "jones"), the last name and its parts, the e-mail address, its domain
     */
    public static Set<String> of(String login, String firstName, String lastName, String email) {
        Set<String> words = new LinkedHashSet<>();
        words.add(lower(login));
        addWithParts(words, lower(firstName));
        addWithParts(words, lower(lastName));
        words.add(lower(email));
        words.add(emailDomain(email));
        words.remove("");
        return words;
    }

    /** @return the lower-case part of an e-mail address after its first {@code @}, or "" */
    public static String emailDomain(String email) {
        String lower = lower(email);
        int at = lower.indexOf('@');
        return at < 0 ? "" : lower.substring(at + 1);
    }

    private static void addWithParts(Set<String> words, String name) {
        words.add(name);
        for (int i = 1; i < name.length(); i++) {
            if (isSeparator(name.charAt(i - 1)) && !isSeparator(name.charAt(i))) {
                words.add(name.substring(i));
            }
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
