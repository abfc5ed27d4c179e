package org.helpdesk.customerrelations.shell.internal;

/** Checks the paging options of list commands, naming the bad value. */
final class Paging {

    static final int MAX_LIMIT = 1000;

    private Paging() {
    }

    static void check(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("--offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("--limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    /** @return e.g. {@code 51-100 of 230 customers}, or {@code 0 of 0 customers} */
    static String footer(int offset, int shown, long total, String what) {
        return (shown == 0 ? "0" : (offset + 1) + "-" + (offset + shown)) + " of " + total + " " + what;
    }
}
