package org.helpdesk.customerrelations.ui.internal;

import java.util.List;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.ui.internal.view.CustomerRelationsView;
import org.helpdesk.customerrelations.ui.internal.view.RelationsOverviewView;
import org.helpdesk.customerrelations.ui.internal.view.UserRelationsView;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.api.admin.NavigationGroup;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserBackend;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.vaadin.flow.component.Component;

/**
 * The navigation entry "Customer Users ↔ Customers" with its overview and the two edit pages. It is
 * the one place that tracks the services; views get them through {@link RelationsServices}. The entry
 * exists only while the relations service and the directory are there; the access decision and the
 * backends are optional and dynamic, so the view keeps working while they come and go.
 */
@org.osgi.service.component.annotations.Component(service = AdminView.class)
public class RelationsAdminView implements AdminView {

    static final String LABEL_KEY = "relations.nav";

    private final RelationsServices services;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerAccess access;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<CustomerUserBackend> backends = List.of();

    @Activate
    public RelationsAdminView(@Reference CustomerRelationService relations, @Reference CustomerDirectory customers,
            @Reference CustomerUserDirectory users) {
        this.services = new RelationsServices(relations, customers, users, () -> access, this::excludesPrimary);
    }

    private boolean excludesPrimary(String backendId) {
        return backends.stream().anyMatch(b -> b.id().equals(backendId) && b.excludePrimaryCustomerId());
    }

    @Override
    public Class<? extends Component> navigationTarget() {
        return RelationsOverviewView.class;
    }

    @Override
    public List<Class<? extends Component>> routeTargets() {
        return List.of(RelationsOverviewView.class, UserRelationsView.class, CustomerRelationsView.class);
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
        return 30;
    }

    @Override
    public <T extends Component> T createRouteTarget(Class<T> routeTarget) {
        if (routeTarget == RelationsOverviewView.class) {
            return routeTarget.cast(new RelationsOverviewView(services));
        }
        if (routeTarget == UserRelationsView.class) {
            return routeTarget.cast(new UserRelationsView(services));
        }
        if (routeTarget == CustomerRelationsView.class) {
            return routeTarget.cast(new CustomerRelationsView(services));
        }
        throw new IllegalArgumentException("Not a route of " + LABEL_KEY + ": " + routeTarget.getName());
    }
}
