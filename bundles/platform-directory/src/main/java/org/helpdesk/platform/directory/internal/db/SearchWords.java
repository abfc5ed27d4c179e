package org.helpdesk.platform.directory.internal.db;

import static org.helpdesk.platform.directory.internal.db.Lower.lower;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * The words under which a customer user is found: the lower-case login, first and last name, e-mail and
 * e-mail domain, plus each part of a name after a blank or hyphen ("von braun" is found by "braun",
 * "smith-jones" by "jones"). A search word matches a user when one of these starts with it, so a word
 * that is the start of another of the same user's words adds nothing and is left out ("anna" when the
 * login is "anna.smith"): most users need three rows in the word table instead of five.
 */
public final class SearchWords {

    private SearchWords() {
    }

    /** @return the distinct, non-empty words of a user with none that starts another */
    public static List<String> stored(String login, String first, String last, String email, String domain) {
        Set<String> all = all(login, first, last, email, domain);
        List<String> kept = new ArrayList<>();
        for (String word : all) {
            if (all.stream().noneMatch(other -> other.length() > word.length() && other.startsWith(word))) {
                kept.add(word);
            }
        }
        return kept;
    }

    /** @return every distinct, non-empty word: what may be stored for a user, by this or an older rule */
    public static Set<String> all(String login, String first, String last, String email, String domain) {
        Set<String> all = new LinkedHashSet<>();
        add(all, login);
        add(all, first);
        addParts(all, first);
        add(all, last);
        addParts(all, last);
        add(all, email);
        add(all, domain);
        return all;
    }

    /** @return the words stored for a user as it is now */
    public static List<String> stored(CustomerUser user) {
        String[] w = words(user);
        return stored(w[0], w[1], w[2], w[3], w[4]);
    }

    /** @return every word that may be stored for a user as it is now */
    public static Set<String> all(CustomerUser user) {
        String[] w = words(user);
        return all(w[0], w[1], w[2], w[3], w[4]);
    }

    /** @return the words of a row about to be written */
    public static List<String> stored(CustomerUserRow row) {
        return stored(row.getLoginLc(), row.getFirstNameLc(), row.getLastNameLc(), row.getEmailLc(),
                row.getEmailDomainLc());
    }

    private static void add(Set<String> words, String word) {
        if (word != null && !word.isEmpty()) {
            words.add(word);
        }
    }

    private static void addParts(Set<String> words, String name) {
        if (name == null) {
            return;
        }
        for (int i = 1; i < name.length(); i++) {
            if (isSeparator(name.charAt(i - 1)) && !isSeparator(name.charAt(i))) {
                words.add(name.substring(i));
            }
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }

    private static String[] words(CustomerUser user) {
        String email = user.email() == null ? "" : user.email();
        return new String[] { lower(user.login()), lowerOrEmpty(user.firstName()), lowerOrEmpty(user.lastName()),
            lower(email), CustomerUserRow.emailDomainLc(email) };
    }

    private static String lowerOrEmpty(String value) {
        return value == null ? "" : lower(value);
    }
}
