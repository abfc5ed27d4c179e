package org.helpdesk.platform.settings.internal.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.helpdesk.platform.persistence.DatabaseFaults;
import org.helpdesk.platform.settings.internal.model.Setting;
import org.helpdesk.platform.settings.internal.model.SettingFilter;
import org.helpdesk.platform.settings.internal.model.SettingsStore;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** System Configuration: the settings our bundles declare, searchable by name, editable where simple. */
@Route("system-configuration")
public class SystemConfigurationView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient SettingsStore store;
    private final TextField search = new TextField();
    private final Span count = new Span();
    private final Grid<Setting> grid = new Grid<>();
    private transient List<Setting> all = List.of();

    public SystemConfigurationView(SettingsStore store) {
        this.store = store;
        setId("system-configuration");
        setWidthFull();
        search.setId("search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidth("24em");
        search.addValueChangeListener(e -> showMatches());
        count.setId("settings-count");
        count.addClassNames("text-s", "text-secondary");
        grid.setId("settings");
        // Few settings: all rows in the page, so the page scrolls and no row is left unrendered.
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Texts follow the UI's language, which the shell knows only once the view is attached.
        removeAll();
        H2 title = new H2(getTranslation("settings.title"));
        title.setId("system-configuration-title");
        title.addClassNames("text-2xl", "m-0");
        Paragraph intro = new Paragraph(getTranslation("settings.intro"));
        intro.addClassNames("text-secondary", "m-0");
        search.setPlaceholder(getTranslation("settings.search"));
        search.setAriaLabel(getTranslation("settings.search"));
        HorizontalLayout toolbar = new HorizontalLayout(search, count);
        toolbar.setAlignItems(Alignment.CENTER);
        buildColumns();
        add(title, intro, toolbar, grid);
        reload();
    }

    private void buildColumns() {
        grid.removeAllColumns();
        grid.addComponentColumn(this::describe).setHeader(getTranslation("settings.column.setting"))
                .setFlexGrow(3);
        grid.addColumn(this::typeLabel).setHeader(getTranslation("settings.column.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> new SettingEditor(s, this::save)).setHeader(getTranslation("settings.column.value"))
                .setWidth("22em").setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("settings.empty"));
    }

    private Component describe(Setting setting) {
        Span id = new Span(setting.id());
        id.addClassNames("font-semibold");
        Span description = new Span(setting.description().isBlank() ? setting.name() : setting.description());
        description.addClassNames("text-s", "text-secondary");
        String source = setting.instance() == null ? getTranslation("settings.pid", setting.pid())
                : getTranslation("settings.instance", setting.instance(), setting.factoryPid());
        String defaultValue = setting.defaultValue().isEmpty() ? getTranslation("settings.default.empty")
                : setting.defaultValue();
        Span details = new Span(source + " · " + getTranslation("settings.default", defaultValue));
        details.addClassNames("text-xs", "text-tertiary");
        Div cell = new Div(id, description, details);
        cell.addClassNames("flex", "flex-col", "gap-xs", "py-xs");
        return cell;
    }

    private String typeLabel(Setting setting) {
        String type = getTranslation(setting.type().labelKey());
        return setting.multiValued() ? getTranslation("settings.type.list", type) : type;
    }

    private void reload() {
        all = store.list(getLocale());
        showMatches();
    }

    private void showMatches() {
        List<Setting> matches = SettingFilter.filter(all, search.getValue());
        grid.setItems(matches);
        count.setText(getTranslation("settings.count", matches.size(), all.size()));
    }

    private void save(Setting setting, Object value) {
        try {
            store.save(setting, value);
        } catch (SecurityException e) {
            notify(getTranslation("settings.error.permission"), NotificationVariant.LUMO_ERROR);
            return;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            notify(getTranslation(storageErrorKey(e), setting.id()), NotificationVariant.LUMO_ERROR);
            return;
        }
        notify(getTranslation("settings.saved", setting.id()), NotificationVariant.LUMO_SUCCESS);
        reload();
    }

    /** @return the message key for a save that failed in storage: the database not answering is said so */
    static String storageErrorKey(Exception failure) {
        return DatabaseFaults.isUnavailable(failure) ? "settings.error.database" : "settings.error.storage";
    }

    static void notify(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
