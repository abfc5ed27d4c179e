package org.helpdesk.platform.web.internal.vaadin;

import java.util.HashSet;
import java.util.Set;

import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.web.internal.views.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Keeps the application's route registry in step with the contributed views: adds routes of new
 * views inside the shell's layout and removes routes of views that went away.
 */
final class AdminRouteSync {

    private final AdminViewRegistry views;
    private final RouteConfiguration routes;
    private final Set<Class<? extends Component>> registered = new HashSet<>();

    AdminRouteSync(AdminViewRegistry views, ApplicationRouteRegistry registry) {
        this.views = views;
        this.routes = RouteConfiguration.forRegistry(registry);
    }

    synchronized void sync() {
        Set<Class<? extends Component>> wanted = new HashSet<>();
        for (AdminView view : views.views()) {
            wanted.addAll(view.routeTargets());
        }
        routes.update(() -> {
            for (Class<? extends Component> gone : Set.copyOf(registered)) {
                if (!wanted.contains(gone)) {
                    routes.removeRoute(gone);
                    registered.remove(gone);
                }
            }
            for (Class<? extends Component> target : wanted) {
                if (!registered.contains(target)) {
                    routes.setRoute(pathOf(target), target, MainLayout.class);
                    registered.add(target);
                }
            }
        });
    }

    static String pathOf(Class<? extends Component> target) {
        Route route = target.getAnnotation(Route.class);
        if (route == null || Route.NAMING_CONVENTION.equals(route.value())) {
            throw new IllegalArgumentException(target.getName() + " needs @Route with an explicit path");
        }
        return route.value();
    }
}
