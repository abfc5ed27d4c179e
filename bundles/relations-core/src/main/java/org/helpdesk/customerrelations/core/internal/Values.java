package org.helpdesk.customerrelations.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;

/** Checks of logins, customer IDs, actors and pages before anything is looked up or written. */
final class Values {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    static final int MAX_ACTOR_LENGTH = 200;

    private Values() {
    }

    static String login(String value) {
        return id("Login", value, CustomerUserDirectory.MAX_LOGIN_LENGTH);
    }

    static String customerId(String value) {
        return id("Customer ID", value, CustomerDirectory.MAX_ID_LENGTH);
    }

    /** @return the reason a value is malformed, or {@code null} when it is fine */
    static String problem(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return "empty";
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            return "longer than " + maxLength + " characters";
        }
        if (CONTROL.matcher(trimmed).find() || trimmed.chars().anyMatch(Character::isWhitespace)) {
            return "contains spaces or control characters";
        }
        return null;
    }

    private static String id(String what, String value, int maxLength) {
        String problem = problem(value, maxLength);
        if (problem != null) {
            throw new RelationException(Reason.INVALID_VALUE, value,
                    what + " is " + problem + ": '" + abbreviate(value) + "'");
        }
        return value.strip();
    }

    static String actor(String actor) {
        String a = actor == null || actor.isBlank() ? "unknown" : actor.strip();
        return a.length() <= MAX_ACTOR_LENGTH ? a : a.substring(0, MAX_ACTOR_LENGTH);
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    static void page(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1 to 1000: " + offset + ", " + limit);
        }
    }

    /** The part of {@code list} a checked page asks for. */
    static <T> List<T> slice(List<T> list, int offset, int limit) {
        if (offset >= list.size()) {
            return List.of();
        }
        return list.subList(offset, Math.min(list.size(), offset + limit));
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
