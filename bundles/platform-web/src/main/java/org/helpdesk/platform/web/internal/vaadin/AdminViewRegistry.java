package org.helpdesk.platform.web.internal.vaadin;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.helpdesk.platform.api.admin.AdminView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.vaadin.flow.shared.Registration;

/**
 * The one place that tracks contributed {@link AdminView} services. The servlet registers their
 * routes from here, layouts build the navigation from here, and both hear about changes.
 */
@Component(service = AdminViewRegistry.class)
public class AdminViewRegistry {

    private static final Comparator<AdminView> NAVIGATION_ORDER = Comparator
            .comparing(AdminView::navigationGroup)
            .thenComparingInt(AdminView::position)
            .thenComparing(AdminView::labelKey);

    private final List<AdminView> views = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindView(AdminView view) {
        views.add(view);
        listeners.forEach(Runnable::run);
    }

    void unbindView(AdminView view) {
        views.remove(view);
        listeners.forEach(Runnable::run);
    }

    /** @return the registered views in navigation order */
    public List<AdminView> views() {
        return views.stream().sorted(NAVIGATION_ORDER).toList();
    }

    /** @return the view that owns {@code routeTarget}, if a registered one does */
    public Optional<AdminView> ownerOf(Class<?> routeTarget) {
        return views.stream().filter(v -> v.routeTargets().contains(routeTarget)).findFirst();
    }

    /** Runs {@code listener} after every change of the registered views. */
    public Registration onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
