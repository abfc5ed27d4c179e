package org.helpdesk.customerrelations.ui.internal.view;

import org.helpdesk.customerrelations.ui.internal.model.PendingChanges;
import org.helpdesk.customerrelations.ui.internal.model.RelationRoutes;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.HasValue.ValueChangeListener;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/** The line above an edit page's grid: the search, and beside it what waits for Save. */
final class SearchBar extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    private final TextField search;
    private final Span pending = new Span();

    SearchBar(String placeholderKey) {
        search = Ui.searchField(this, placeholderKey);
        pending.setId("pending");
        pending.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        add(search, pending);
        setWidthFull();
        setAlignItems(Alignment.BASELINE);
    }

    /** @return the search as typed */
    String value() {
        return search.getValue();
    }

    void setValue(String term) {
        search.setValue(term);
    }

    Registration addValueChangeListener(
            ValueChangeListener<? super ComponentValueChangeEvent<TextField, String>> listener) {
        return search.addValueChangeListener(listener);
    }

    /** @return the search as the page's query ({@code ?search=}), none when it is blank */
    QueryParameters query() {
        String term = search.getValue().strip();
        return term.isEmpty() ? QueryParameters.empty() : QueryParameters.of(RelationRoutes.SEARCH, term);
    }

    /** Tells what waits for Save: the bulk of the header checkbox, and how many rows were changed one by one. */
    void showPending(PendingChanges changes) {
        StringBuilder text = new StringBuilder();
        changes.bulk().ifPresent(bulk -> text.append(getTranslation(bulkKey(bulk.relate(), bulk.filter()),
                Long.toString(bulk.rows()), bulk.filter())));
        if (changes.overrideCount() > 0) {
            text.append(text.length() == 0 ? "" : " ")
                    .append(getTranslation("relations.pending.rows", Integer.toString(changes.overrideCount())));
        }
        pending.setText(text.toString());
    }

    /** @return the key of the text saying what a bulk does: relate or unrelate, all rows or those of a search */
    static String bulkKey(boolean relate, String filter) {
        return "relations.bulk." + (relate ? "relate" : "unrelate") + (filter.isBlank() ? ".all" : ".filter");
    }
}
