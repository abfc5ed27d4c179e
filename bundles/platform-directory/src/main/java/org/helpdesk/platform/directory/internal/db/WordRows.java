package org.helpdesk.platform.directory.internal.db;

import static org.helpdesk.platform.directory.internal.db.Lower.lower;

import java.util.List;

import org.helpdesk.platform.api.directory.dto.CustomerUser;

/** Writes a user's rows of the word table ({@link SearchWords}) in the caller's transaction. */
public final class WordRows {

    private WordRows() {
    }

    public static void store(CustomerUserMapper mapper, String loginLc, List<String> words) {
        for (String word : words) {
            mapper.insertWord(word, loginLc);
        }
    }

    /** Removes every word that this or an older rule may have stored for the user as it is now. */
    public static void drop(CustomerUserMapper mapper, CustomerUser user) {
        mapper.deleteWords(lower(user.login()), SearchWords.all(user));
    }
}
