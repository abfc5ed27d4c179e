package org.helpdesk.customerrelations.ui.internal.view;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.ui.internal.RelationsServices;
import org.helpdesk.customerrelations.ui.internal.model.BulkScope;
import org.helpdesk.customerrelations.ui.internal.model.PendingChanges;
import org.helpdesk.customerrelations.ui.internal.model.RelationRoutes;
import org.helpdesk.customerrelations.ui.internal.model.RelationRow;
import org.helpdesk.customerrelations.ui.internal.model.RelationSide;
import org.helpdesk.customerrelations.ui.internal.model.RelationsSave;
import org.helpdesk.platform.api.admin.AdminUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * An edit page: one subject (a customer user or a customer) and every record of the other side in
 * a lazy grid with an "Active" checkbox. Changes wait in {@link PendingChanges} until Save; the
 * header checkbox sets or clears every row of the current search as one bulk change.
 */
abstract class RelationsEditView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** Bulk changes above this many rows are confirmed first. */
    static final long CONFIRM_ABOVE = 100;

    protected final transient RelationsServices services;
    private final String titleKey;
    private final TextField search;
    private final Grid<RelationRow> grid = new Grid<>();
    private final Checkbox selectAll = new Checkbox();
    private final Span pendingText = new Span();
    private final Anchor subjectLink = new Anchor();
    private final transient PendingChanges pending = new PendingChanges();
    private transient RelationSide side;
    private transient BulkScope scope;
    private String pageTitle;

    RelationsEditView(RelationsServices services, String titleKey, String searchKey) {
        this.services = services;
        this.titleKey = titleKey;
        this.search = Ui.searchField(this, searchKey);
        this.pageTitle = getTranslation(titleKey);
        setSizeFull();
        configureGrid();
        search.addValueChangeListener(e -> {
            if (side == null) {
                return;
            }
            grid.getDataProvider().refreshAll();
            updateLinks();
            showPending();
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(pagePath(), query())));
            }
        });
        pendingText.setId("pending");
        pendingText.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
    }

    /** @return the subject's path below {@code /admin/}, without query */
    protected abstract String pagePath();

    /** @return the grid's rows for the subject named in the URL, or empty when there is no such subject */
    protected abstract Subject load(BeforeEnterEvent event);

    /** @return the host's edit page of the subject, with a "Back" link to {@code returnPath} */
    protected abstract String subjectEditLink(String returnPath);

    /** @return the header of the grid's name column */
    protected abstract String nameColumnKey();

    /** @return the panel right of the grid, or {@code null} */
    protected Component sidePanel() {
        return null;
    }

    /** Called after a save, e.g. to show the new effective customer IDs. */
    protected void afterSave() {
    }

    /** What {@link #load} found. */
    protected record Subject(RelationSide side, String id, String label, boolean valid, String notFoundText) {
        static Subject found(RelationSide side, String id, String label, boolean valid) {
            return new Subject(side, id, label, valid, null);
        }

        static Subject notFound(String text) {
            return new Subject(null, null, null, true, text);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        pending.clear();
        side = null;
        Subject subject = load(event);
        if (subject.side() == null) {
            pageTitle = getTranslation(titleKey);
            Paragraph text = new Paragraph(subject.notFoundText());
            text.setId("not-found");
            add(title(), text, overviewLink());
            return;
        }
        side = subject.side();
        scope = new BulkScope(side);
        pageTitle = getTranslation(titleKey) + ": " + subject.id();
        String term = event.getLocation().getQueryParameters().getSingleParameter(RelationRoutes.SEARCH).orElse("");
        search.setValue(term);
        grid.getDataProvider().refreshAll();
        build(subject);
    }

    private void build(Subject subject) {
        subjectLink.setText(subject.label());
        subjectLink.setId("subject");
        // through the router, so that leaving with unsaved changes asks first
        subjectLink.getElement().setAttribute("router-link", true);
        subjectLink.setTitle(getTranslation(subject.side().side() == org.helpdesk.customerrelations.api.dto.Side.CUSTOMER
                ? "relations.hostLink.customer" : "relations.hostLink.customerUser"));
        subjectLink.addClassNames(FontSize.LARGE);
        HorizontalLayout subjectLine = new HorizontalLayout(subjectLink);
        subjectLine.setAlignItems(Alignment.CENTER);
        if (!subject.valid()) {
            subjectLine.add(Ui.badge(getTranslation("relations.invalid"), "badge error"));
        }
        Div heading = new Div(title(), subjectLine);

        HorizontalLayout toolbar = new HorizontalLayout(search, pendingText);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);

        VerticalLayout main = new VerticalLayout(toolbar, grid);
        main.setPadding(false);
        main.setSizeFull();
        main.setFlexGrow(1, grid);
        HorizontalLayout body = new HorizontalLayout(main);
        body.setSizeFull();
        Component panel = sidePanel();
        if (panel != null) {
            body.add(panel);
            body.setAlignSelf(Alignment.START, panel);
        }
        body.setFlexGrow(1, main);

        add(heading, body, buttons());
        setFlexGrow(1, body);
        updateLinks();
        showPending();
    }

    private H2 title() {
        H2 title = new H2(getTranslation(titleKey));
        title.addClassNames(FontSize.XXLARGE, Margin.NONE);
        return title;
    }

    private Anchor overviewLink() {
        Anchor link = new Anchor(RelationRoutes.ADMIN + RelationRoutes.OVERVIEW, getTranslation("relations.back"));
        link.setId("back");
        return link;
    }

    private void configureGrid() {
        grid.setId("relations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setSelectionMode(Grid.SelectionMode.NONE);

        selectAll.setId("select-all");
        selectAll.setAriaLabel(getTranslation("relations.selectAll"));
        selectAll.setTooltipText(getTranslation("relations.selectAll"));
        selectAll.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                askSelectAll(e.getValue());
            }
        });
        Span activeLabel = new Span(getTranslation("relations.column.active"));
        HorizontalLayout activeHeader = new HorizontalLayout(selectAll, activeLabel);
        activeHeader.setSpacing(false);
        activeHeader.addClassNames(Gap.SMALL, AlignItems.CENTER);

        grid.addColumn(LitRenderer.<RelationRow>of(
                "<vaadin-checkbox data-row=\"${item.id}\" aria-label=\"${item.id}\" .checked=\"${item.checked}\""
                        + " ?disabled=\"${item.locked}\" @change=\"${e => toggle(e.target.checked)}\"></vaadin-checkbox>")
                .withProperty("id", RelationRow::id)
                .withProperty("checked", this::shows)
                .withProperty("locked", RelationRow::locked)
                .withFunction("toggle", (row, args) -> toggle(row, args.getBoolean(0))))
                .setHeader(activeHeader).setAutoWidth(true).setFlexGrow(0);

        String primaryLocked = getTranslation("relations.primary.locked");
        String primarySelectable = getTranslation("relations.primary.selectable");
        String invalid = getTranslation("relations.invalid");
        grid.addColumn(LitRenderer.<RelationRow>of(
                "<a href=\"${item.link}\" router-link title=\"${item.linkTitle}\">${item.label}</a>"
                        + " <span theme=\"badge contrast small\" ?hidden=\"${!item.primary}\">${item.primaryText}</span>"
                        + " <span theme=\"badge error small\" ?hidden=\"${item.valid}\">${item.invalid}</span>")
                .withProperty("link", RelationRow::editLink)
                .withProperty("linkTitle", row -> getTranslation(nameColumnKey() + ".edit"))
                .withProperty("label", RelationRow::label)
                .withProperty("primary", RelationRow::primary)
                .withProperty("primaryText", row -> row.locked() ? primaryLocked : primarySelectable)
                .withProperty("valid", RelationRow::valid)
                .withProperty("invalid", row -> invalid))
                .setHeader(getTranslation(nameColumnKey())).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("relations.grid.none"));
        grid.setItems(DataProvider.fromCallbacks(
                query -> side == null ? java.util.stream.Stream.empty()
                        : side.rows(search.getValue(), query.getOffset(), query.getLimit(), returnPath()).stream(),
                query -> side == null ? 0 : (int) Math.min(Integer.MAX_VALUE, side.count(search.getValue()))));
        // one query per requested window, not one per page of 50: each deep OFFSET costs an index scan
        grid.getDataCommunicator().setPagingEnabled(false);
    }

    private boolean shows(RelationRow row) {
        if (row.locked()) {
            return true;
        }
        return pending.shows(row.id(), row.stored(), scope.covers(pending, search.getValue(), row.id()));
    }

    private void toggle(RelationRow row, boolean checked) {
        if (row.locked()) {
            grid.getDataProvider().refreshItem(row);
            return;
        }
        pending.set(row.id(), checked, row.stored(), scope.covers(pending, search.getValue(), row.id()));
        // the grid caches rows; resend this one, or scrolling back would show its old state
        grid.getDataProvider().refreshItem(row);
        showPending();
    }

    private void askSelectAll(boolean relate) {
        String filter = search.getValue().strip();
        long rows = side.count(filter);
        if (rows == 0) {
            Ui.info(getTranslation("relations.bulk.none"));
            showPending();
            return;
        }
        boolean replaces = pending.wouldReplaceOtherBulk(filter);
        if (rows <= CONFIRM_ABOVE && !replaces) {
            setAll(filter, relate, rows);
            return;
        }
        String text = getTranslation(bulkKey(relate, filter), Long.toString(rows), filter);
        if (replaces) {
            text += " " + getTranslation("relations.bulk.confirm.replace", pending.bulk().orElseThrow().filter());
        }
        Ui.confirm("confirm-select-all", getTranslation("relations.bulk.confirm.title", Long.toString(rows)), text,
                getTranslation("relations.bulk.confirm.ok"), getTranslation("relations.button.cancel"), false,
                () -> setAll(filter, relate, rows), this::showPending).open();
    }

    private void setAll(String filter, boolean relate, long rows) {
        pending.setAll(filter, relate, rows, id -> side.matches(filter, id));
        scope.reset();
        grid.getDataProvider().refreshAll();
        showPending();
        Ui.info(getTranslation(bulkKey(relate, filter), Long.toString(rows), filter));
    }

    private static String bulkKey(boolean relate, String filter) {
        return "relations.bulk." + (relate ? "relate" : "unrelate") + (filter.isBlank() ? ".all" : ".filter");
    }

    /** The line beside the search telling what waits for Save, and the header checkbox's state. */
    private void showPending() {
        StringBuilder text = new StringBuilder();
        pending.bulk().ifPresent(bulk -> text.append(getTranslation(bulkKey(bulk.relate(), bulk.filter()),
                Long.toString(bulk.rows()), bulk.filter())));
        if (pending.overrideCount() > 0) {
            text.append(text.length() == 0 ? "" : " ")
                    .append(getTranslation("relations.pending.rows", Integer.toString(pending.overrideCount())));
        }
        pendingText.setText(text.toString());
        selectAll.setValue(pending.bulk().map(bulk -> bulk.relate() && bulk.sameFilter(search.getValue())).orElse(false));
    }

    private Component buttons() {
        Button save = new Button(getTranslation("relations.button.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button saveAndFinish = new Button(getTranslation("relations.button.saveAndFinish"), e -> {
            if (save()) {
                toOverview();
            }
        });
        saveAndFinish.setId("save-and-finish");
        Button cancel = new Button(getTranslation("relations.button.cancel"), e -> {
            pending.clear();
            toOverview();
        });
        cancel.setId("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(save, saveAndFinish, cancel);
        buttons.addClassNames(Margin.Top.SMALL);
        return buttons;
    }

    /** @return whether everything pending was written (or nothing was pending) */
    private boolean save() {
        if (!pending.isDirty()) {
            Ui.info(getTranslation("relations.saved.nothing"));
            return true;
        }
        try {
            String actor = AdminUser.requireAdmin().name();
            ChangeResult result = RelationsSave.save(services.relations(), side, pending, actor);
            pending.clear();
            scope.reset();
            grid.getDataProvider().refreshAll();
            showPending();
            afterSave();
            Ui.success(getTranslation(RelationsSave.messageKey(result), Long.toString(result.added()),
                    Long.toString(result.removed())));
            return true;
        } catch (SecurityException e) {
            Ui.error(getTranslation("relations.error.permission"));
        } catch (RelationException e) {
            Ui.error(getTranslation("relations.error." + e.reason().name(), String.valueOf(e.value())));
        }
        return false;
    }

    private void toOverview() {
        getUI().ifPresent(ui -> ui.navigate(RelationsOverviewView.class));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!pending.isDirty()) {
            return;
        }
        ContinueNavigationAction action = event.postpone();
        Ui.confirm("confirm-leave", getTranslation("relations.leave.title"), getTranslation("relations.leave.text"),
                getTranslation("relations.leave.discard"), getTranslation("relations.leave.stay"), true, () -> {
                    pending.clear();
                    action.proceed();
                }, () -> {
                }).open();
    }

    /** @return this page's path with its search, where the host's "Back" links lead */
    protected String returnPath() {
        return RelationRoutes.withSearch(pagePath(), search.getValue());
    }

    private QueryParameters query() {
        String term = search.getValue().strip();
        return term.isEmpty() ? QueryParameters.empty() : QueryParameters.of(RelationRoutes.SEARCH, term);
    }

    private void updateLinks() {
        subjectLink.setHref(subjectEditLink(returnPath()));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
