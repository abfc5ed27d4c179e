package org.helpdesk.platform.directory.internal.db;

import static org.helpdesk.platform.directory.internal.db.Lower.lower;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * The words under which a customer user is found: the lower-case login, first and last name, e-mail and
 * e-mail domain. A search word matches a user when one of these starts with it, so a word that is the
 * start of another of the same user's words adds nothing and is left out ("anna" when the login is
 * "anna.smith"): most users need three rows in the word table instead of five.
 */
public final class SearchWords {

    private SearchWords() {
    }

    /** @return the distinct, non-empty words of a user with none that starts another */
    public static List<String> stored(String... words) {
        Set<String> all = all(words);
        List<String> kept = new ArrayList<>();
        for (String word : all) {
            if (all.stream().noneMatch(other -> other.length() > word.length() && other.startsWith(word))) {
                kept.add(word);
            }
        }
        return kept;
    }

    /** @return every distinct, non-empty word: what may be stored for a user, by this or an older rule */
    public static Set<String> all(String... words) {
        Set<String> all = new LinkedHashSet<>();
        for (String word : words) {
            if (word != null && !word.isEmpty()) {
                all.add(word);
            }
        }
        return all;
    }

    /** @return the words stored for a user as it is now */
    public static List<String> stored(CustomerUser user) {
        return stored(words(user));
    }

    /** @return every word that may be stored for a user as it is now */
    public static Set<String> all(CustomerUser user) {
        return all(words(user));
    }

    private static String[] words(CustomerUser user) {
        String email = user.email() == null ? "" : user.email();
        return new String[] { lower(user.login()), lowerOrEmpty(user.firstName()), lowerOrEmpty(user.lastName()),
            lower(email), CustomerUserRow.emailDomainLc(email) };
    }

    private static String lowerOrEmpty(String value) {
        return value == null ? "" : lower(value);
    }

    /** @return the words of a row about to be written */
    public static List<String> stored(CustomerUserRow row) {
        return stored(row.getLoginLc(), row.getFirstNameLc(), row.getLastNameLc(), row.getEmailLc(),
                row.getEmailDomainLc());
    }
}
