package org.helpdesk.platform.directory.ui.internal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.testsupport.directory.FakeCustomers;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

class LazySearchTest {

    private final FakeDirectory fake = new FakeDirectory();
    private final FakeCustomers directory = fake.customers();
    private final LazySearch<Customer, CustomerSort> search = new LazySearch<>(CustomerSort.class,
            CustomerSort.CUSTOMER_ID, directory::listCustomers, directory::countCustomers);

    LazySearchTest() {
        for (int i = 0; i < 2500; i++) {
            fake.addCustomer(String.format("c%05d", i), String.format("Company %05d", 2500 - i), true);
        }
    }

    private static Query<Customer, Void> query(int offset, int limit, QuerySortOrder... sort) {
        return new Query<>(offset, limit, List.of(sort), null, null);
    }

    @Test
    void onlyTheRequestedWindowIsLoaded() {
        List<Customer> page = search.fetch(query(100, 50), "").toList();
        assertEquals(50, page.size());
        assertEquals("c00100", page.get(0).customerId());
        assertEquals(1, directory.searches().size());
        Search<CustomerSort> sent = directory.searches().get(0);
        assertEquals(100, sent.offset());
        assertEquals(50, sent.limit());
    }

    @Test
    void largeWindowsAreSplitIntoDirectoryPages() {
        List<Customer> rows = search.fetch(query(0, 2200), "").toList();
        assertEquals(2200, rows.size());
        assertEquals(List.of(0, 1000, 2000), directory.searches().stream().map(Search::offset).toList());
        assertEquals(List.of(1000, 1000, 200), directory.searches().stream().map(Search::limit).toList());
    }

    @Test
    void fetchingStopsAtTheEnd() {
        assertEquals(500, search.fetch(query(2000, 5000), "").count());
        assertEquals(1, directory.searches().size());
    }

    @Test
    void theGridsSortOrderIsPassedOn() {
        search.fetch(query(0, 10, new QuerySortOrder("NAME", SortDirection.DESCENDING)), "").toList();
        Search<CustomerSort> sent = directory.searches().get(0);
        assertEquals(CustomerSort.NAME, sent.sort());
        assertEquals(SortOrder.DESCENDING, sent.order());
    }

    @Test
    void unknownSortPropertiesFallBackToTheDefault() {
        search.fetch(query(0, 10, new QuerySortOrder("valid", SortDirection.DESCENDING)), "").toList();
        assertEquals(CustomerSort.CUSTOMER_ID, directory.searches().get(0).sort());
        assertEquals(SortOrder.ASCENDING, directory.searches().get(0).order());
    }

    @Test
    void theFilterGoesToSearchAndCount() {
        assertEquals(10, search.count(" c0249 "));
        assertEquals(List.of("count c0249"), directory.calls());
        assertEquals("c02490", search.fetch(query(0, 5), "c0249").findFirst().orElseThrow().customerId());
        assertEquals("c0249", directory.searches().get(0).filter());
    }
}
