package org.helpdesk.testsupport.directory;

import java.util.List;

import org.helpdesk.platform.api.directory.dto.Validity;

/** Helpers the customers and customer users share. */
final class Pages {

    private Pages() {
    }

    static <T> List<T> slice(List<T> sorted, int offset, int limit) {
        int from = Math.min(offset, sorted.size());
        return List.copyOf(sorted.subList(from, Math.min(from + limit, sorted.size())));
    }

    static boolean hasValidity(boolean valid, Validity validity) {
        return switch (validity) {
            case ALL -> true;
            case VALID -> valid;
            case INVALID -> !valid;
        };
    }
}
