package org.helpdesk.platform.directory.ui.internal;

import java.util.List;

import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.api.admin.NavigationGroup;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.directory.ui.internal.user.CustomerUserEditView;
import org.helpdesk.platform.directory.ui.internal.user.CustomerUsersView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The navigation entry "Customer Users" with its list and edit pages; hands them the directory. */
@org.osgi.service.component.annotations.Component(service = AdminView.class)
public class CustomerUsersAdminView implements AdminView {

    static final String LABEL_KEY = "directory.nav.customerUsers";

    private final CustomerUserDirectory users;
    private final CustomerDirectory customers;

    @Activate
    public CustomerUsersAdminView(@Reference CustomerUserDirectory users, @Reference CustomerDirectory customers) {
        this.users = users;
        this.customers = customers;
    }

    @Override
    public Class<? extends Component> navigationTarget() {
        return CustomerUsersView.class;
    }

    @Override
    public List<Class<? extends Component>> routeTargets() {
        return List.of(CustomerUsersView.class, CustomerUserEditView.class);
    }

    @Override
    public NavigationGroup navigationGroup() {
        return NavigationGroup.USERS_GROUPS_ROLES;
    }

    @Override
    public String labelKey() {
        return LABEL_KEY;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public <T extends Component> T createRouteTarget(Class<T> routeTarget) {
        if (routeTarget == CustomerUsersView.class) {
            return routeTarget.cast(new CustomerUsersView(users, customers));
        }
        if (routeTarget == CustomerUserEditView.class) {
            return routeTarget.cast(new CustomerUserEditView(users, customers));
        }
        throw new IllegalArgumentException("Not a route of " + LABEL_KEY + ": " + routeTarget.getName());
    }
}
