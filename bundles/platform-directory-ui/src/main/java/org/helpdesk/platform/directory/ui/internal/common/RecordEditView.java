package org.helpdesk.platform.directory.ui.internal.common;

import java.util.Optional;
import java.util.function.Function;

import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.directory.ui.internal.form.DirectoryErrors;
import org.helpdesk.platform.directory.ui.internal.form.ReturnPath;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility.MaxWidth;

/**
 * The edit page of one directory record: its form with the valid flag, Save and Delete, and a "Back"
 * link. Other views link here with {@code ?return=/admin/...} to get a "Back" link to themselves. The
 * concrete page gives its {@link RecordKind} and says how its records are shown and changed.
 *
 * @param <R> the record, e.g. {@code Customer}
 * @param <I> what the form holds
 * @param <F> the form
 */
public abstract class RecordEditView<R, I, F extends FormLayout & RecordForm<I>> extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** The translation keys of one kind of edit page. */
    public record Keys(String title, String pageTitle, String notFound, String saved, String deleted,
            String deleteTitle, String deleteText) {
    }

    /**
     * What a save would change and its writes.
     *
     * @param anything whether it changes anything at all
     * @param key whether it renames the record (its customer ID or login), which the page's URL names
     * @param write writes as the given actor and answers the record after the writes
     */
    public record Changes<T>(boolean anything, boolean key, Function<String, T> write) {
    }

    protected final F form;
    private final transient RecordKind<R> kind;
    private final Keys keys;
    private final String routeParameter;
    private final Class<? extends Component> list;
    private final Checkbox valid = EditLayout.validCheckbox(this);
    private final Button save = EditLayout.saveButton(this);
    private final Button delete = EditLayout.deleteButton(this);
    private R shown;
    private String returnPath;
    private String pageTitle;

    /**
     * @param routeParameter the route parameter naming the record
     * @param list the list view, where "Back" leads unless another view sent the admin here
     */
    protected RecordEditView(String id, Keys keys, RecordKind<R> kind, String routeParameter, F form,
            Class<? extends Component> list) {
        this.form = form;
        this.kind = kind;
        this.keys = keys;
        this.routeParameter = routeParameter;
        this.list = list;
        setId(id);
        addClassNames(MaxWidth.SCREEN_MEDIUM);
        form.add(valid);
        save.addClickListener(e -> save());
        delete.addClickListener(e -> EditLayout.confirmDelete(this, keys.deleteTitle(), keys.deleteText(),
                keyOf(shown), this::delete).open());
        pageTitle = getTranslation(keys.title());
    }

    /** Shows the record in the form. */
    protected abstract void fill(R record);

    /** @return what saving {@code input} and the valid flag over {@code original} would change */
    protected abstract Changes<R> changes(R original, I input, boolean valid);

    /** @return why the record cannot be changed here (e.g. it comes from LDAP), or empty when it can */
    protected Optional<String> readOnlyReason(R record) {
        return Optional.empty();
    }

    /** Called after each write, refused or not, e.g. to forget a typed password. */
    protected void afterWrite() {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get(routeParameter).orElse(""),
                event.getLocation().getQueryParameters().getSingleParameter(ReturnPath.PARAMETER).orElse(null));
    }

    /** @param returnParameter the {@code return} query parameter, {@code null} when there is none */
    void open(String key, String returnParameter) {
        returnPath = Optional.ofNullable(returnParameter).flatMap(ReturnPath::check).orElse(null);
        find(key).ifPresentOrElse(this::show, () -> showNotFound(key));
    }

    private void show(R record) {
        shown = record;
        pageTitle = getTranslation(keys.pageTitle(), keyOf(record));
        fill(record);
        valid.setValue(validOf(record));
        removeAll();
        add(BackLink.create(this, returnPath, list),
                EditLayout.heading(this, keys.title(), labelOf(record), validOf(record)));
        Optional<String> readOnly = readOnlyReason(record);
        form.setEnabled(readOnly.isEmpty());
        readOnly.ifPresentOrElse(reason -> add(EditLayout.readOnlyNotice(reason), form),
                () -> add(form, EditLayout.buttons(save, delete)));
    }

    private void showNotFound(String key) {
        shown = null;
        pageTitle = getTranslation(keys.title());
        removeAll();
        add(BackLink.create(this, returnPath, list), EditLayout.notFound(getTranslation(keys.notFound(), key)));
    }

    private void save() {
        I input = form.input();
        if (!form.check(input)) {
            return;
        }
        Changes<R> changes = changes(shown, input, valid.getValue());
        if (!changes.anything()) {
            Notices.success(getTranslation("directory.unchanged"));
            return;
        }
        String actor = AdminUser.requireAdmin().name();
        try {
            R saved = changes.write().apply(actor);
            Notices.success(getTranslation(keys.saved(), keyOf(saved)));
            if (changes.key()) {
                // The URL names the record: follow the new key, so reload and bookmarks keep working.
                getUI().ifPresent(ui -> ui.navigate(editPath(keyOf(saved)), returnQuery()));
            } else {
                show(saved);
            }
        } catch (DirectoryException e) {
            // Writes before the refused one went through; start from what the directory holds now.
            find(keyOf(shown)).ifPresent(current -> shown = current);
            form.showError(e, input);
        } finally {
            afterWrite();
        }
    }

    private void delete() {
        String actor = AdminUser.requireAdmin().name();
        try {
            deleteRecord(keyOf(shown), actor);
            Notices.success(getTranslation(keys.deleted(), keyOf(shown)));
            getUI().ifPresent(ui -> ui.navigate(list));
        } catch (DirectoryException e) {
            Notices.error(Texts.of(this, DirectoryErrors.problemOf(e)));
        }
    }

    private Optional<R> find(String key) {
        return kind.find().apply(key);
    }

    private String keyOf(R record) {
        return kind.key().apply(record);
    }

    private String labelOf(R record) {
        return kind.label().apply(record);
    }

    private boolean validOf(R record) {
        return kind.valid().test(record);
    }

    private void deleteRecord(String key, String actor) {
        kind.delete().accept(key, actor);
    }

    private String editPath(String key) {
        return kind.editPath().apply(key);
    }

    private QueryParameters returnQuery() {
        return returnPath == null ? QueryParameters.empty() : QueryParameters.of(ReturnPath.PARAMETER, returnPath);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
