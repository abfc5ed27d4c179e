package org.helpdesk.platform.directory.ui.internal.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

/**
 * Answers a lazy Vaadin data provider from a directory search: the grid's or combo box's window
 * (offset, limit) and sort order become {@link Search} pages, so only the visible rows are loaded.
 *
 * @param <T> the record type
 * @param <S> the directory's sort enum; a column's sort property is the name of one of its constants
 */
public final class LazySearch<T, S extends Enum<S>> {

    private final Class<S> sortType;
    private final S defaultSort;
    private final Function<Search<S>, List<T>> search;
    private final ToLongFunction<Search<S>> count;

    public LazySearch(Class<S> sortType, S defaultSort, Function<Search<S>, List<T>> search,
            ToLongFunction<Search<S>> count) {
        this.sortType = sortType;
        this.defaultSort = defaultSort;
        this.search = search;
        this.count = count;
    }

    /** @return the records in the query's window, fetched in pages of at most {@link Search#MAX_LIMIT} */
    public Stream<T> fetch(Query<T, ?> query, String filter) {
        Search<S> first = search(query.getSortOrders(), filter);
        int offset = query.getOffset();
        int remaining = query.getLimit();
        List<T> result = new ArrayList<>();
        while (remaining > 0) {
            int limit = Math.min(remaining, Search.MAX_LIMIT);
            List<T> items = search.apply(first.page(offset, limit));
            result.addAll(items);
            if (items.size() < limit) {
                break;
            }
            offset += limit;
            remaining -= limit;
        }
        return result.stream();
    }

    /** @return the number of records matching the filter, capped at what a grid can take */
    public int count(String filter) {
        return (int) Math.min(Integer.MAX_VALUE, count.applyAsLong(search(List.of(), filter)));
    }

    Search<S> search(List<QuerySortOrder> sortOrders, String filter) {
        S sort = defaultSort;
        SortOrder order = SortOrder.ASCENDING;
        for (QuerySortOrder sortOrder : sortOrders) {
            S known = constantNamed(sortOrder.getSorted());
            if (known != null) {
                sort = known;
                order = sortOrder.getDirection() == SortDirection.DESCENDING ? SortOrder.DESCENDING : SortOrder.ASCENDING;
                break;
            }
        }
        return new Search<>(filter, Validity.ALL, sort, order, 0, 1);
    }

    private S constantNamed(String name) {
        for (S constant : sortType.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
