package org.helpdesk.platform.web.internal.vaadin;

import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.server.VaadinService;

/**
 * Creates views with their collaborators passed in: the shell's own views from a fixed table,
 * contributed views through their {@link org.helpdesk.platform.api.admin.AdminView}.
 */
final class AdminInstantiator extends DefaultInstantiator {

    private final AdminViewRegistry views;
    private final I18NProvider i18n;
    private final Map<Class<?>, Supplier<? extends Component>> shellViews;

    AdminInstantiator(VaadinService service, AdminViewRegistry views, I18NProvider i18n,
            Map<Class<?>, Supplier<? extends Component>> shellViews) {
        super(service);
        this.views = views;
        this.i18n = i18n;
        this.shellViews = shellViews;
    }

    @Override
    public I18NProvider getI18NProvider() {
        return i18n;
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T extends HasElement> T createRouteTarget(Class<T> type, NavigationEvent event) {
        Supplier<? extends Component> shellView = shellViews.get(type);
        if (shellView != null) {
            return (T) shellView.get();
        }
        return views.ownerOf(type)
                .map(owner -> (T) owner.createRouteTarget((Class) type))
                .orElseGet(() -> super.createRouteTarget(type, event));
    }
}
