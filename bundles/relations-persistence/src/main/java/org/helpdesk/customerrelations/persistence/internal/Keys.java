package org.helpdesk.customerrelations.persistence.internal;

import java.util.Locale;

/** The one way keys are folded; the same as the directory's, so keyset pages and our keys agree. */
final class Keys {

    private Keys() {
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
