package org.helpdesk.customerrelations.core.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * Keyset pages of the directory's matches, without the IDs to skip. A page shorter than the page size is the
 * last, so a full last page costs one more, empty, query. A fresh instance restarts from the beginning.
 */
final class KeysetPages implements Iterator<List<String>> {

    /** The directory's page in bulk work and in filtered reads. */
    static final int DIRECTORY_PAGE = 50_000;

    /** One page of the directory's matches, sorted, after a key ({@code null} for the first page). */
    @FunctionalInterface
    interface Query {
        List<String> page(String after, int limit);
    }

    private final Query query;
    private final int pageSize;
    private final Predicate<String> skip;
    private String after;
    private boolean done;
    private List<String> pending;

    KeysetPages(Query query, int pageSize, Predicate<String> skip) {
        this.query = query;
        this.pageSize = pageSize;
        this.skip = skip;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !done) {
            List<String> page = query.page(after, pageSize);
            if (page.size() < pageSize) {
                done = true;
            }
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1);
            }
            pending = page.stream().filter(skip.negate()).toList();
        }
        return pending != null;
    }

    @Override
    public List<String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<String> page = pending;
        pending = null;
        return page;
    }
}
