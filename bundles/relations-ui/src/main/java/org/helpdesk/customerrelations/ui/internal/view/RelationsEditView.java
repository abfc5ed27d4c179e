package org.helpdesk.customerrelations.ui.internal.view;

import java.util.stream.Stream;

import org.helpdesk.customerrelations.ui.internal.RelationsServices;
import org.helpdesk.customerrelations.ui.internal.model.PendingChanges;
import org.helpdesk.customerrelations.ui.internal.model.RelationRoutes;
import org.helpdesk.customerrelations.ui.internal.model.RelationSide;
import org.helpdesk.customerrelations.ui.internal.model.RelationsEdit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;

/**
 * An edit page: one subject (a customer user or a customer) and every record of the other side in
 * a lazy grid with an "Active" checkbox. Changes wait in {@link PendingChanges} until Save; the
 * header checkbox sets or clears every row of the current search as one bulk change.
 */
abstract class RelationsEditView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    protected final transient RelationsServices services;
    private final String titleKey;
    private final SearchBar searchBar;
    private final RelationsGrid grid;
    private final SelectAll selectAll;
    private final SaveChanges saveChanges;
    /** What the page edits; {@code null} while no subject is shown. */
    private transient RelationsEdit edit;
    private SubjectHeading heading;
    private String pageTitle;

    /** @param nameColumnKey the header of the grid's name column */
    RelationsEditView(RelationsServices services, String titleKey, String searchKey, String nameColumnKey) {
        this.services = services;
        this.titleKey = titleKey;
        this.searchBar = new SearchBar(searchKey);
        this.grid = new RelationsGrid(nameColumnKey, row -> edit.shows(row, searchBar.value()));
        this.selectAll = new SelectAll(this, this::showPending, this::showAll);
        this.saveChanges = new SaveChanges(this, services.relations());
        this.pageTitle = getTranslation(titleKey);
        setSizeFull();
        grid.setRows(
                query -> edit == null ? Stream.empty()
                        : edit.side().rows(searchBar.value(), query.getOffset(), query.getLimit(), returnPath()).stream(),
                query -> edit == null ? 0 : (int) Math.min(Integer.MAX_VALUE, edit.side().count(searchBar.value())));
        grid.addToggleListener(e -> {
            edit.set(e.row(), e.checked(), searchBar.value());
            showPending();
        });
        grid.addSelectAllListener(e -> selectAll.ask(edit, searchBar.value(), e.relate()));
        searchBar.addValueChangeListener(e -> {
            if (edit == null) {
                return;
            }
            grid.getDataProvider().refreshAll();
            updateLinks();
            showPending();
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.getPage().getHistory()
                        .replaceState(null, new Location(pagePath(), searchBar.query())));
            }
        });
    }

    /** @return the subject's path below {@code /admin/}, without query */
    protected abstract String pagePath();

    /** @return the grid's rows for the subject named in the URL, or empty when there is no such subject */
    protected abstract Subject load(BeforeEnterEvent event);

    /** @return the host's edit page of the subject, with a "Back" link to {@code returnPath} */
    protected abstract String subjectEditLink(String returnPath);

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
        edit = null;
        heading = null;
        Subject subject = load(event);
        if (subject.side() == null) {
            pageTitle = getTranslation(titleKey);
            Paragraph text = new Paragraph(subject.notFoundText());
            text.setId("not-found");
            add(SubjectHeading.title(this, titleKey), text, SubjectHeading.overviewLink(this));
            return;
        }
        edit = new RelationsEdit(subject.side());
        pageTitle = getTranslation(titleKey) + ": " + subject.id();
        String term = event.getLocation().getQueryParameters().getSingleParameter(RelationRoutes.SEARCH).orElse("");
        searchBar.setValue(term);
        grid.getDataProvider().refreshAll();
        build(subject);
    }

    private void build(Subject subject) {
        heading = new SubjectHeading(titleKey, subject.side().side(), subject.label(), subject.valid());
        VerticalLayout main = new VerticalLayout(searchBar, grid);
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

        EditButtons buttons = new EditButtons();
        buttons.addActionListener(e -> act(e.action()));
        add(heading, body, buttons);
        setFlexGrow(1, body);
        updateLinks();
        showPending();
    }

    private void act(EditButtons.Action action) {
        switch (action) {
            case SAVE -> save();
            case SAVE_AND_FINISH -> {
                if (save()) {
                    toOverview();
                }
            }
            case CANCEL -> {
                edit.clear();
                toOverview();
            }
        }
    }

    /** The line beside the search telling what waits for Save, and the header checkbox's state. */
    private void showPending() {
        PendingChanges pending = edit.pending();
        searchBar.showPending(pending);
        grid.showSelectAll(pending.bulk().map(bulk -> bulk.relate() && bulk.sameFilter(searchBar.value()))
                .orElse(false));
    }

    /** After a bulk or a save: the rows may show other states now. */
    private void showAll() {
        grid.getDataProvider().refreshAll();
        showPending();
    }

    /** @return whether everything pending was written (or nothing was pending) */
    private boolean save() {
        return saveChanges.save(edit, () -> {
            showAll();
            afterSave();
        });
    }

    private void toOverview() {
        getUI().ifPresent(ui -> ui.navigate(RelationsOverviewView.class));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (edit == null || !edit.isDirty()) {
            return;
        }
        ContinueNavigationAction action = event.postpone();
        Ui.confirm("confirm-leave", getTranslation("relations.leave.title"), getTranslation("relations.leave.text"),
                getTranslation("relations.leave.discard"), getTranslation("relations.leave.stay"), true, () -> {
                    edit.clear();
                    action.proceed();
                }, () -> {
                }).open();
    }

    /** @return this page's path with its search, where the host's "Back" links lead */
    protected String returnPath() {
        return RelationRoutes.withSearch(pagePath(), searchBar.value());
    }

    private void updateLinks() {
        // the search is set before the heading of a new subject is built
        if (heading != null) {
            heading.linkTo(subjectEditLink(returnPath()));
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
