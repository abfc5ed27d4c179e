package org.helpdesk.platform.api.admin;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An admin view that a bundle contributes to the admin web shell, registered as an OSGi service.
 * <p>
 * The shell registers the route targets while the service is registered and removes them when it
 * goes away; open pages on a removed view are sent to the start page. Every route target must be a
 * {@link Component} annotated with {@link Route} whose value is its path below {@code /admin};
 * the shell supplies the layout, so {@link Route#layout()} is left at its default.
 * Only users holding {@link #requiredRole()} see the entry or can open any of the routes.
 */
@ConsumerType
public interface AdminView {

    /** @return the route target that the navigation entry opens */
    Class<? extends Component> navigationTarget();

    /** @return every route target of this view, the navigation target included */
    default List<Class<? extends Component>> routeTargets() {
        return List.of(navigationTarget());
    }

    /** @return the navigation group the entry belongs to */
    NavigationGroup navigationGroup();

    /** @return the translation key of the entry's label */
    String labelKey();

    /** @return the role a user needs to see and open this view */
    default String requiredRole() {
        return AdminRoles.ADMIN;
    }

    /** @return the position within the navigation group; lower comes first */
    default int position() {
        return 100;
    }

    /**
     * Creates an instance of one of this view's route targets; by default through its public no-argument
     * constructor. Override it to hand services to
     * the view's constructor, so that views never look up OSGi services themselves.
     *
     * @param routeTarget one of {@link #routeTargets()}
     * @return a new instance of {@code routeTarget}
     */
    default <T extends Component> T createRouteTarget(Class<T> routeTarget) {
        try {
            return routeTarget.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create view " + routeTarget.getName()
                    + "; override AdminView.createRouteTarget for views with constructor arguments", e);
        }
    }
}
