package org.helpdesk.platform.api.directory.dto;

import java.util.List;

/**
 * One page of a search result.
 *
 * @param items the records of this page, at most the requested limit
 * @param total the exact number of records matching the search
 */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
