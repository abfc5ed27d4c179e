package org.helpdesk.testsupport.directory;

import java.util.regex.Pattern;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;

/** The real directory's checks of values (platform-directory's {@code Validation}), with the same messages. */
final class Validation {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** Largest page of a keyset listing. */
    static final int MAX_KEYSET_LIMIT = 50_000;
    /** Longest list of extra customer IDs (comma-separated). */
    static final int MAX_EXTRA_IDS_LENGTH = 2000;

    private Validation() {
    }

    static String id(String what, String value, int maxLength) {
        String trimmed = required(what, value, maxLength);
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(value, what + " must not contain spaces: '" + value + "'");
        }
        return trimmed;
    }

    static String required(String what, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(value, what + " must not be empty");
        }
        return optional(what, value, maxLength);
    }

    static String optional(String what, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > maxLength) {
            throw invalid(value, what + " is longer than " + maxLength + " characters: '" + abbreviate(trimmed) + "'");
        }
        if (CONTROL.matcher(trimmed).find()) {
            throw invalid(value, what + " must not contain control characters");
        }
        return trimmed;
    }

    static String email(String value, int maxLength) {
        String trimmed = optional("E-mail", value, maxLength);
        if (!trimmed.isEmpty() && !EMAIL.matcher(trimmed).matches()) {
            throw invalid(value, "Malformed e-mail address: '" + trimmed + "'");
        }
        return trimmed;
    }

    static int keysetLimit(int limit) {
        if (limit < 1 || limit > MAX_KEYSET_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_KEYSET_LIMIT + ": " + limit);
        }
        return limit;
    }

    private static DirectoryException invalid(String value, String message) {
        return new DirectoryException(Reason.INVALID_VALUE, value, message);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
