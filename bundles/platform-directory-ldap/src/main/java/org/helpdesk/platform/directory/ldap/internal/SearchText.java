package org.helpdesk.platform.directory.ldap.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * A search text with the meaning of {@link org.helpdesk.platform.api.directory.dto.Search#filter()},
 * decided in Java exactly as the database backend decides it: every word must match the start of
 * the login, first or last name (or a part of them after a blank or hyphen), e-mail, e-mail domain
 * or primary customer ID; a word starting with {@code *} matches anywhere; {@code *} inside a word
 * stands for any text. The LDAP server only narrows the candidates (see {@link LdapFilters}).
 */
final class SearchText {

    /** One word: its pieces between stars, and whether it may start anywhere. */
    record Word(List<String> pieces, boolean anywhere) {
    }

    private final List<Word> words;

    private SearchText(List<Word> words) {
        this.words = List.copyOf(words);
    }

    static SearchText parse(String text) {
        List<Word> words = new ArrayList<>();
        if (text != null) {
            for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                List<String> pieces = Arrays.stream(word.split("\\*+")).filter(p -> !p.isEmpty()).toList();
                if (!pieces.isEmpty()) {
                    words.add(new Word(pieces, word.startsWith("*")));
                }
            }
        }
        return new SearchText(words);
    }

    List<Word> words() {
        return words;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    boolean matches(CustomerUser user) {
        List<String> fields = fields(user);
        return words.stream().allMatch(w -> fields.stream().anyMatch(f -> matches(f, w)));
    }

    static boolean matches(String value, Word word) {
        int at = 0;
        for (int i = 0; i < word.pieces().size(); i++) {
            String piece = word.pieces().get(i);
            int found = i == 0 && !word.anywhere() ? (value.startsWith(piece) ? 0 : -1) : value.indexOf(piece, at);
            if (found < 0) {
                return false;
            }
            at = found + piece.length();
        }
        return true;
    }

    private static List<String> fields(CustomerUser user) {
        List<String> fields = new ArrayList<>();
        fields.add(lower(user.login()));
        addName(fields, lower(user.firstName()));
        addName(fields, lower(user.lastName()));
        String email = lower(user.email());
        fields.add(email);
        int at = email.lastIndexOf('@');
        if (at >= 0) {
            fields.add(email.substring(at + 1));
        }
        fields.add(lower(user.primaryCustomerId()));
        return fields;
    }

    private static void addName(List<String> fields, String name) {
        fields.add(name);
        for (int i = 1; i < name.length(); i++) {
            if (isSeparator(name.charAt(i - 1)) && !isSeparator(name.charAt(i))) {
                fields.add(name.substring(i));
            }
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }

    static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
