package org.helpdesk.platform.directory.ui.internal.form;

import java.util.Optional;
import java.util.regex.Pattern;

/** The checks a form runs before it bothers the directory; the directory checks again. */
final class Checks {

    static final String REQUIRED = "directory.error.required";
    static final String TOO_LONG = "directory.error.tooLong";
    static final String EMAIL = "directory.error.email";
    static final String SPACES = "directory.error.spaces";

    // Deliberately loose: the directory owns the real rule, this only catches obvious typos early.
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Checks() {
    }

    static Optional<Problem> required(String value, int maxLength) {
        if (value.isEmpty()) {
            return Optional.of(Problem.of(REQUIRED));
        }
        return maxLength(value, maxLength);
    }

    /** IDs and logins appear in URLs, lists and shell commands, so the directory allows no blanks in them. */
    static Optional<Problem> identifier(String value, int maxLength) {
        if (value.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of(Problem.of(SPACES, Problem.shown(value)));
        }
        return required(value, maxLength);
    }

    static Optional<Problem> maxLength(String value, int maxLength) {
        if (value.length() > maxLength) {
            return Optional.of(Problem.of(TOO_LONG, Problem.shown(value), maxLength));
        }
        return Optional.empty();
    }

    static Optional<Problem> email(String value, int maxLength) {
        if (!value.isEmpty() && !EMAIL_SHAPE.matcher(value).matches()) {
            return Optional.of(Problem.of(EMAIL, Problem.shown(value)));
        }
        return maxLength(value, maxLength);
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
