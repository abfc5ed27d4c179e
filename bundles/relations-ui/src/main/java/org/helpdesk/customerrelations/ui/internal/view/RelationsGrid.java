package org.helpdesk.customerrelations.ui.internal.view;

import org.helpdesk.customerrelations.ui.internal.model.RelationRow;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider.CountCallback;
import com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;

/**
 * The grid of an edit page: an "Active" checkbox per row, under a header checkbox for every row of the
 * search, and the record's name linking to the host's edit page. It shows what the page tells it and
 * reports the admin's clicks as {@link ToggleEvent} and {@link SelectAllEvent}.
 */
final class RelationsGrid extends Grid<RelationRow> {

    private static final long serialVersionUID = 1L;

    private final Checkbox selectAll = new Checkbox();

    /**
     * @param nameColumnKey the header of the name column; its {@code .edit} key is the links' title
     * @param shows whether a row's checkbox is checked: what is stored, or what waits for Save
     */
    RelationsGrid(String nameColumnKey, SerializablePredicate<RelationRow> shows) {
        setId("relations-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setSizeFull();
        setSelectionMode(Grid.SelectionMode.NONE);

        selectAll.setId("select-all");
        selectAll.setAriaLabel(getTranslation("relations.selectAll"));
        selectAll.setTooltipText(getTranslation("relations.selectAll"));
        selectAll.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fireEvent(new SelectAllEvent(this, e.getValue()));
            }
        });
        Span activeLabel = new Span(getTranslation("relations.column.active"));
        HorizontalLayout activeHeader = new HorizontalLayout(selectAll, activeLabel);
        activeHeader.setSpacing(false);
        activeHeader.addClassNames(Gap.SMALL, AlignItems.CENTER);

        addColumn(LitRenderer.<RelationRow>of(
                "<vaadin-checkbox data-row=\"${item.id}\" aria-label=\"${item.id}\" .checked=\"${item.checked}\""
                        + " ?disabled=\"${item.locked}\" @change=\"${e => toggle(e.target.checked)}\"></vaadin-checkbox>")
                .withProperty("id", RelationRow::id)
                .withProperty("checked", shows::test)
                .withProperty("locked", RelationRow::locked)
                .withFunction("toggle", (row, args) -> toggle(row, args.getBoolean(0))))
                .setHeader(activeHeader).setAutoWidth(true).setFlexGrow(0);

        String primaryLocked = getTranslation("relations.primary.locked");
        String primarySelectable = getTranslation("relations.primary.selectable");
        String invalid = getTranslation("relations.invalid");
        addColumn(LitRenderer.<RelationRow>of(
                "<a href=\"${item.link}\" router-link title=\"${item.linkTitle}\">${item.label}</a>"
                        + " <span theme=\"badge contrast small\" ?hidden=\"${!item.primary}\">${item.primaryText}</span>"
                        + " <span theme=\"badge error small\" ?hidden=\"${item.valid}\">${item.invalid}</span>")
                .withProperty("link", RelationRow::editLink)
                .withProperty("linkTitle", row -> getTranslation(nameColumnKey + ".edit"))
                .withProperty("label", RelationRow::label)
                .withProperty("primary", RelationRow::primary)
                .withProperty("primaryText", row -> row.locked() ? primaryLocked : primarySelectable)
                .withProperty("valid", RelationRow::valid)
                .withProperty("invalid", row -> invalid))
                .setHeader(getTranslation(nameColumnKey)).setFlexGrow(1);
        setEmptyStateText(getTranslation("relations.grid.none"));
    }

    /** The rows come from the page's subject under its current search. */
    void setRows(FetchCallback<RelationRow, Void> fetch, CountCallback<RelationRow, Void> count) {
        setItems(DataProvider.fromCallbacks(fetch, count));
        // one query per requested window, not one per page of 50: each deep OFFSET costs an index scan
        getDataCommunicator().setPagingEnabled(false);
    }

    /** Sets the header checkbox without reporting it as the admin's click. */
    void showSelectAll(boolean checked) {
        selectAll.setValue(checked);
    }

    /** The admin clicked a row's checkbox (called by the row's renderer). */
    void toggle(RelationRow row, boolean checked) {
        if (!row.locked()) {
            fireEvent(new ToggleEvent(this, row, checked));
        }
        // the grid caches rows; resend this one, or scrolling back would show its old state
        getDataProvider().refreshItem(row);
    }

    Registration addToggleListener(ComponentEventListener<ToggleEvent> listener) {
        return addListener(ToggleEvent.class, listener);
    }

    Registration addSelectAllListener(ComponentEventListener<SelectAllEvent> listener) {
        return addListener(SelectAllEvent.class, listener);
    }

    /** The admin set or cleared the checkbox of a row that can be changed. */
    static final class ToggleEvent extends ComponentEvent<RelationsGrid> {

        private static final long serialVersionUID = 1L;

        private final transient RelationRow row;
        private final boolean checked;

        ToggleEvent(RelationsGrid source, RelationRow row, boolean checked) {
            super(source, true);
            this.row = row;
            this.checked = checked;
        }

        RelationRow row() {
            return row;
        }

        boolean checked() {
            return checked;
        }
    }

    /** The admin set ({@code relate}) or cleared the header checkbox. */
    static final class SelectAllEvent extends ComponentEvent<RelationsGrid> {

        private static final long serialVersionUID = 1L;

        private final boolean relate;

        SelectAllEvent(RelationsGrid source, boolean relate) {
            super(source, true);
            this.relate = relate;
        }

        boolean relate() {
            return relate;
        }
    }
}
