package org.helpdesk.platform.directory.ui.internal;

import java.util.List;

import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.api.admin.NavigationGroup;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.directory.ui.internal.customer.CustomerEditView;
import org.helpdesk.platform.directory.ui.internal.customer.CustomersView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The navigation entry "Customers" with its list and edit pages; hands them the directory. */
@org.osgi.service.component.annotations.Component(service = AdminView.class)
public class CustomersAdminView implements AdminView {

    static final String LABEL_KEY = "directory.nav.customers";

    private final CustomerDirectory customers;

    @Activate
    public CustomersAdminView(@Reference CustomerDirectory customers) {
        this.customers = customers;
    }

    @Override
    public Class<? extends Component> navigationTarget() {
        return CustomersView.class;
    }

    @Override
    public List<Class<? extends Component>> routeTargets() {
        return List.of(CustomersView.class, CustomerEditView.class);
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
        return 10;
    }

    @Override
    public <T extends Component> T createRouteTarget(Class<T> routeTarget) {
        if (routeTarget == CustomersView.class) {
            return routeTarget.cast(new CustomersView(customers));
        }
        if (routeTarget == CustomerEditView.class) {
            return routeTarget.cast(new CustomerEditView(customers));
        }
        throw new IllegalArgumentException("Not a route of " + LABEL_KEY + ": " + routeTarget.getName());
    }
}
