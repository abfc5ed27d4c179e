package org.helpdesk.platform.directory.internal.shell;

import java.util.ArrayList;
import java.util.List;

/** A filter typed as several shell arguments, e.g. {@code customer-user-list anna mueller}. */
final class FilterWords {

    private FilterWords() {
    }

    static String join(String first, List<String> more) {
        List<String> all = new ArrayList<>();
        if (first != null) {
            all.add(first);
        }
        all.addAll(more);
        return String.join(" ", all);
    }
}
