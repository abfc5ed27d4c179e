package org.helpdesk.platform.directory.internal.db;

import java.util.Locale;

/** The one way keys are folded for case-insensitive matching and search columns. */
public final class Lower {

    private Lower() {
    }

    public static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
