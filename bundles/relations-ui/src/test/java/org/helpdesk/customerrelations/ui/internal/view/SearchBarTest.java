package org.helpdesk.customerrelations.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.helpdesk.customerrelations.ui.internal.model.PendingChanges;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/** The bar without a server: no translations are available, so texts show as "!{key}!". */
class SearchBarTest {

    private final SearchBar bar = new SearchBar("relations.user.search");
    private final PendingChanges pending = new PendingChanges();

    @Test
    void theSearchAndThePendingLineKeepTheirIds() {
        assertEquals(List.of("search", "pending"), bar.getChildren().map(c -> c.getId().orElseThrow()).toList());
        assertEquals("!{relations.user.search}!", ((TextField) bar.getChildren().findFirst().orElseThrow())
                .getPlaceholder());
    }

    @Test
    void theSearchGoesIntoTheQueryStripped() {
        assertEquals(QueryParameters.empty(), bar.query());
        bar.setValue("  acme ");
        assertEquals("  acme ", bar.value());
        assertEquals(QueryParameters.of("search", "acme"), bar.query());
    }

    @Test
    void thePendingLineTellsTheBulkAndTheChangedRows() {
        bar.showPending(pending);
        assertEquals("", pendingText());
        pending.set("globex", true, false, false);
        bar.showPending(pending);
        assertEquals("!{relations.pending.rows}!", pendingText());
        pending.setAll("g", true, 3, id -> false);
        bar.showPending(pending);
        assertEquals("!{relations.bulk.relate.filter}! !{relations.pending.rows}!", pendingText());
    }

    @Test
    void bulkTextsTellRelateOrUnrelateOfAllOrOfASearch() {
        assertEquals("relations.bulk.relate.all", SearchBar.bulkKey(true, " "));
        assertEquals("relations.bulk.relate.filter", SearchBar.bulkKey(true, "x"));
        assertEquals("relations.bulk.unrelate.all", SearchBar.bulkKey(false, ""));
        assertEquals("relations.bulk.unrelate.filter", SearchBar.bulkKey(false, "x"));
    }

    private String pendingText() {
        return ((Span) bar.getChildren().skip(1).findFirst().orElseThrow()).getText();
    }
}
