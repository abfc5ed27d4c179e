package org.helpdesk.platform.web.internal.views;

import java.util.List;
import java.util.Locale;

import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.api.admin.NavigationGroup;
import org.helpdesk.platform.web.internal.i18n.AdminTranslations;
import org.helpdesk.platform.web.internal.vaadin.AdminViewRegistry;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;

/**
 * The shell around every admin view: header with language switch and logout, and a side navigation
 * grouped by {@link NavigationGroup} that shows the views the user may open.
 */
public class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;

    private final transient AdminViewRegistry views;
    private final VerticalLayout navigation = new VerticalLayout();
    private Registration viewListener;

    public MainLayout(AdminViewRegistry views, AdminTranslations translations) {
        this.views = views;
        setPrimarySection(Section.DRAWER);
        // wide enough for the longest entry, "Customer Users ↔ Customers" / "Kundenbenutzer ↔ Kunden"
        getElement().getStyle().set("--vaadin-app-layout-drawer-width", "19rem");
        navigation.setId("navigation");
        navigation.setPadding(false);
        navigation.setSpacing(true);
        addToDrawer(navigation);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        addToNavbar(header());
        buildNavigation();
        viewListener = views.onChange(() -> ui.access(this::viewsChanged));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (viewListener != null) {
            viewListener.remove();
            viewListener = null;
        }
    }

    private HorizontalLayout header() {
        Span title = new Span(getTranslation("shell.title"));
        title.addClassNames("text-l", "font-semibold");
        title.setId("shell-title");

        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setAriaLabel(getTranslation("shell.language"));
        language.setItems(List.of(Locale.ENGLISH, Locale.GERMAN));
        language.setWidth("9em");
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Locale.GERMAN.getLanguage().equals(getLocale().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        String userName = AdminUser.current().map(AdminUser::name).orElse("");
        Span user = new Span(getTranslation("shell.loggedInAs", userName));
        user.setId("current-user");
        user.addClassNames("text-s", "text-secondary");

        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Span spacer = new Span();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, spacer, user, language, logout);
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setFlexGrow(1, spacer);
        header.addClassNames("pe-m");
        return header;
    }

    private void buildNavigation() {
        navigation.removeAll();
        AdminUser user = AdminUser.current().orElse(null);
        List<AdminView> visible = views.views().stream()
                .filter(v -> user != null && user.hasRole(v.requiredRole()))
                .toList();
        for (NavigationGroup group : NavigationGroup.values()) {
            SideNav nav = new SideNav(getTranslation(group.labelKey()));
            nav.setId("nav-" + group.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            nav.setCollapsible(true);
            nav.setWidthFull();
            for (AdminView view : visible) {
                if (view.navigationGroup() == group) {
                    SideNavItem item = new SideNavItem(getTranslation(view.labelKey()), pathOf(view));
                    nav.addItem(item);
                }
            }
            navigation.add(nav);
        }
    }

    private static String pathOf(AdminView view) {
        Route route = view.navigationTarget().getAnnotation(Route.class);
        return route == null ? "" : route.value();
    }

    private void viewsChanged() {
        buildNavigation();
        getUI().ifPresent(ui -> {
            List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
            if (!chain.isEmpty() && isContributedButGone(chain.get(0).getClass())) {
                ui.navigate(StartView.class);
            }
        });
    }

    private boolean isContributedButGone(Class<?> current) {
        return current.getClassLoader() != MainLayout.class.getClassLoader() && views.ownerOf(current).isEmpty();
    }

    private void logout() {
        String loginPath = VaadinServletRequest.getCurrent().getContextPath() + "/" + LoginView.PATH;
        UI ui = UI.getCurrent();
        VaadinSession.getCurrent().getSession().invalidate();
        ui.getPage().setLocation(loginPath);
    }
}
