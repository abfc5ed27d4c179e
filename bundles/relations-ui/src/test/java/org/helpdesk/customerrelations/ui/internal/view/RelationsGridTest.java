package org.helpdesk.customerrelations.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.helpdesk.customerrelations.ui.internal.model.ListSide;
import org.helpdesk.customerrelations.ui.internal.model.RelationRow;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;

/** The grid without a server: no translations are available, so texts show as "!{key}!". */
class RelationsGridTest {

    private final RelationsGrid grid = new RelationsGrid("relations.column.customer", row -> row.id().startsWith("g"));
    private final List<String> events = new ArrayList<>();

    RelationsGridTest() {
        grid.addToggleListener(e -> events.add("toggle " + e.row().id() + " " + e.checked()));
        grid.addSelectAllListener(e -> events.add("all " + e.relate()));
    }

    @Test
    void theIdsAndHeadersTheBrowserTestsAndAdminsUse() {
        assertEquals("relations-grid", grid.getId().orElseThrow());
        assertEquals(2, grid.getColumns().size());
        assertEquals("select-all", selectAll().getId().orElseThrow());
        assertEquals("!{relations.selectAll}!", selectAll().getAriaLabel().orElseThrow());
        assertEquals("!{relations.column.customer}!", grid.getColumns().get(1).getHeaderText());
    }

    @Test
    void aClickOnARowThatCanChangeIsReported() {
        grid.toggle(ListSide.row("globex"), true);
        grid.toggle(ListSide.lockedPrimary("acme"), false);
        assertEquals(List.of("toggle globex true"), events);
    }

    @Test
    void onlyTheAdminsClickOnTheHeaderCheckboxIsReported() throws Exception {
        grid.showSelectAll(true);
        assertTrue(selectAll().getValue());
        assertEquals(List.of(), events);

        selectAll().getElement().getNode().getFeature(ElementPropertyMap.class)
                .deferredUpdateFromClient("checked", false).run();
        assertFalse(selectAll().getValue());
        assertEquals(List.of("all false"), events);
    }

    @Test
    void rowsComeFromTheCallbacksOneQueryPerWindow() {
        List<RelationRow> rows = List.of(ListSide.row("acme"), ListSide.row("globex"));
        grid.setRows(query -> rows.stream().skip(query.getOffset()).limit(query.getLimit()), query -> rows.size());
        assertEquals(List.of(rows.get(1)),
                grid.getDataProvider().fetch(new Query<>(1, 10, List.of(), null, null)).toList());
        assertFalse(grid.getDataCommunicator().isPagingEnabled());
    }

    private Checkbox selectAll() {
        return (Checkbox) descendants(grid.getColumns().get(0).getHeaderComponent())
                .filter(Checkbox.class::isInstance).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(RelationsGridTest::descendants));
    }
}
