package org.helpdesk.platform.api.directory;

import java.util.regex.Pattern;

import org.helpdesk.platform.api.directory.DirectoryException.Reason;

/**
 * The rules for the values a directory stores, the same for every implementation: a value is
 * stripped of surrounding white space, must not hold control characters, and is refused with
 * {@link Reason#INVALID_VALUE} and a message naming it when it breaks a rule. Nothing is written
 * before the values pass.
 *
 * @since 1.2
 */
public final class DirectoryValues {

    /** Largest page of a keyset listing. */
    public static final int MAX_KEYSET_LIMIT = 50_000;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private DirectoryValues() {
    }

    /**
     * @param what the value's name in the message, e.g. "Login"
     * @return the stripped value: required, without blanks, at most {@code maxLength} long
     */
    public static String id(String what, String value, int maxLength) {
        String trimmed = required(what, value, maxLength);
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(value, what + " must not contain spaces: '" + value + "'");
        }
        return trimmed;
    }

    /** @return the stripped value: not empty, at most {@code maxLength} long */
    public static String required(String what, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(value, what + " must not be empty");
        }
        return optional(what, value, maxLength);
    }

    /** @return the stripped value, empty for {@code null}: at most {@code maxLength} long */
    public static String optional(String what, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > maxLength) {
            throw invalid(value, what + " is longer than " + maxLength + " characters: '" + abbreviate(trimmed) + "'");
        }
        if (CONTROL.matcher(trimmed).find()) {
            throw invalid(value, what + " must not contain control characters");
        }
        return trimmed;
    }

    /** @return the stripped e-mail address, empty or of the form {@code name@domain.tld} */
    public static String email(String value, int maxLength) {
        String trimmed = optional("E-mail", value, maxLength);
        if (!trimmed.isEmpty() && !EMAIL.matcher(trimmed).matches()) {
            throw invalid(value, "Malformed e-mail address: '" + trimmed + "'");
        }
        return trimmed;
    }

    /** @return {@code limit}, when it is 1 to {@link #MAX_KEYSET_LIMIT} */
    public static int keysetLimit(int limit) {
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
