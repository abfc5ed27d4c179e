package org.helpdesk.platform.web.internal.security;

import org.helpdesk.platform.api.admin.AdminRoles;
import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.web.internal.vaadin.AdminViewRegistry;
import org.helpdesk.platform.web.internal.views.LoginView;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Checks every navigation on the server: anonymous users go to the login, users without the
 * role a view needs get "no permission". Contributed views need their declared role, unknown
 * route targets the admin role.
 */
public final class AccessGuard implements BeforeEnterListener {

    /** Session attribute holding where an anonymous user wanted to go. */
    public static final String RETURN_TO = AccessGuard.class.getName() + ".returnTo";

    private static final long serialVersionUID = 1L;

    private final transient AdminViewRegistry views;

    public AccessGuard(AdminViewRegistry views) {
        this.views = views;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class || event.isErrorEvent()) {
            return;
        }
        AdminUser user = AdminUser.current().orElse(null);
        if (user == null) {
            VaadinSession.getCurrent().setAttribute(RETURN_TO, event.getLocation().getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
            return;
        }
        if (!allows(user, requiredRole(target))) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private String requiredRole(Class<?> target) {
        if (target.getPackage() == LoginView.class.getPackage()) {
            return null;
        }
        return views.ownerOf(target).map(AdminView::requiredRole).orElse(AdminRoles.ADMIN);
    }

    static boolean allows(AdminUser user, String role) {
        return role == null || user.hasRole(role);
    }
}
