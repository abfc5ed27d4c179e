package org.helpdesk.customerrelations.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

import org.helpdesk.platform.api.directory.dto.Search;

/** Reads a grid's window from the directory in pages of at most {@link Search#MAX_LIMIT}. */
public final class Paging {

    private Paging() {
    }

    @FunctionalInterface
    public interface PageReader<T> {
        List<T> read(int offset, int limit);
    }

    public static <T> List<T> fetch(int offset, int limit, PageReader<T> reader) {
        List<T> result = new ArrayList<>();
        int next = offset;
        int remaining = limit;
        while (remaining > 0) {
            int size = Math.min(remaining, Search.MAX_LIMIT);
            List<T> items = reader.read(next, size);
            result.addAll(items);
            if (items.size() < size) {
                break;
            }
            next += size;
            remaining -= size;
        }
        return result;
    }
}
