package org.helpdesk.platform.directory.internal.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.helpdesk.platform.api.directory.CustomerUserWords;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * The words under which a customer user is found ({@link CustomerUserWords#of}, the rule every backend
 * shares), as the word table keeps them. A search word matches a user when one of these starts with it, so a word
 * that is the start of another of the same user's words adds nothing and is left out ("anna" when the
 * login is "anna.smith"): most users need three rows in the word table instead of five.
 */
public final class SearchWords {

    private SearchWords() {
    }

    /** @return the distinct, non-empty words of a user with none that starts another */
    public static List<String> stored(String login, String first, String last, String email) {
        Set<String> all = all(login, first, last, email);
        List<String> kept = new ArrayList<>();
        for (String word : all) {
            if (all.stream().noneMatch(other -> other.length() > word.length() && other.startsWith(word))) {
                kept.add(word);
            }
        }
        return kept;
    }

    /** @return every distinct, non-empty word: what may be stored for a user, by this or an older rule */
    public static Set<String> all(String login, String first, String last, String email) {
        return CustomerUserWords.of(login, first, last, email);
    }

    /** @return the words stored for a user as it is now */
    public static List<String> stored(CustomerUser user) {
        return stored(user.login(), user.firstName(), user.lastName(), user.email());
    }

    /** @return every word that may be stored for a user as it is now */
    public static Set<String> all(CustomerUser user) {
        return CustomerUserWords.of(user);
    }

    /** @return the words of a row about to be written */
    public static List<String> stored(CustomerUserRow row) {
        return stored(row.getLoginLc(), row.getFirstNameLc(), row.getLastNameLc(), row.getEmailLc());
    }
}
