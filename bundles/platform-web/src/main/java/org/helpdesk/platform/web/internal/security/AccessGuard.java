package org.helpdesk.platform.web.internal.security;

import org.helpdesk.platform.api.admin.AdminRoles;
import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.web.internal.vaadin.AdminViewRegistry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Checks every navigation on the server: anonymous users go to the login, users without the
 * role a view needs get "no permission". Contributed views need their declared role, unknown
 * route targets the admin role. The login view is given, not imported, so views may use this package.
 */
public final class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;

    private final transient AdminViewRegistry views;
    private final Class<? extends Component> loginView;

    /** @param loginView where anonymous users go; views of its package need no role */
    public AccessGuard(AdminViewRegistry views, Class<? extends Component> loginView) {
        this.views = views;
        this.loginView = loginView;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == loginView || event.isErrorEvent()) {
            return;
        }
        AdminUser user = AdminUser.current().orElse(null);
        if (user == null) {
            LoginReturn.remember(VaadinSession.getCurrent(), event.getLocation().getPathWithQueryParameters());
            event.forwardTo(loginView);
            return;
        }
        if (!allows(user, requiredRole(target))) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private String requiredRole(Class<?> target) {
        if (target.getPackage() == loginView.getPackage()) {
            return null;
        }
        return views.ownerOf(target).map(AdminView::requiredRole).orElse(AdminRoles.ADMIN);
    }

    static boolean allows(AdminUser user, String role) {
        return role == null || user.hasRole(role);
    }
}
