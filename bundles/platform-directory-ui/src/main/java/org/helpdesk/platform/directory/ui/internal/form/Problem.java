package org.helpdesk.platform.directory.ui.internal.form;

import java.util.List;

/**
 * What is wrong with one value, as a translation key and its arguments, so that views can say it
 * in the user's language.
 */
public record Problem(String key, List<Object> args) {

    /** Values longer than this are cut in messages, so a pasted novel does not fill the screen. */
    static final int SHOWN_VALUE_LENGTH = 40;

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }

    /** @return the value shortened for a message */
    public static String shown(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= SHOWN_VALUE_LENGTH ? value : value.substring(0, SHOWN_VALUE_LENGTH - 1) + "…";
    }
}
