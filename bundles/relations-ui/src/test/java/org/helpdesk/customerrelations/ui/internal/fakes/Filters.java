package org.helpdesk.customerrelations.ui.internal.fakes;

import java.util.Arrays;
import java.util.Locale;

/** A simple stand-in for the directory's filter: every word must occur in one of the fields. */
final class Filters {

    private Filters() {
    }

    static boolean matches(String filter, String... fields) {
        String text = String.join(" ", fields).toLowerCase(Locale.ROOT);
        return filter == null || Arrays.stream(filter.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .allMatch(word -> text.contains(word.replace("*", "")));
    }
}
