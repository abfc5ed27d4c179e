package org.helpdesk.platform.directory.internal.backends;

import java.util.ArrayList;
import java.util.List;

import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;

/**
 * Pages over the backends one after the other: the first backend's matches in the search's order,
 * then the next backend's. A part is counted only when the page reaches past its end, so a page the
 * database fills never asks another backend.
 */
final class ConcatenatedPages {

    private ConcatenatedPages() {
    }

    static List<CustomerUser> page(List<Part> parts, Search<CustomerUserSort> search) {
        List<CustomerUser> items = new ArrayList<>();
        long offset = search.offset();
        for (Part part : parts) {
            int wanted = search.limit() - items.size();
            if (wanted == 0) {
                break;
            }
            List<CustomerUser> found = offset > Integer.MAX_VALUE ? List.of()
                    : part.page(search.page((int) offset, wanted));
            items.addAll(found);
            if (found.size() < wanted) {
                long size = found.isEmpty() && offset > 0 ? part.count(search) : offset + found.size();
                offset = Math.max(0, offset - size);
            }
        }
        return items;
    }

    static long count(List<Part> parts, Search<CustomerUserSort> search) {
        long total = 0;
        for (Part part : parts) {
            total += part.count(search);
        }
        return total;
    }
}
