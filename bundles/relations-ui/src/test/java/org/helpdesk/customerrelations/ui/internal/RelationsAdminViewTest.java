package org.helpdesk.customerrelations.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.helpdesk.customerrelations.ui.internal.fakes.FakeRelations;
import org.helpdesk.customerrelations.ui.internal.view.CustomerRelationsView;
import org.helpdesk.customerrelations.ui.internal.view.RelationsOverviewView;
import org.helpdesk.customerrelations.ui.internal.view.UserRelationsView;
import org.helpdesk.platform.api.admin.AdminRoles;
import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.api.admin.NavigationGroup;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

class RelationsAdminViewTest {

    private final FakeDirectory directory = new FakeDirectory();
    private final AdminView view = new RelationsAdminView(new FakeRelations(), directory.customers(), directory.users());

    @Test
    void entryForAdminsInUsersGroupsAndRolesAfterTheDirectory() {
        assertEquals(NavigationGroup.USERS_GROUPS_ROLES, view.navigationGroup());
        assertEquals(AdminRoles.ADMIN, view.requiredRole());
        assertEquals(30, view.position());
        RelationsTranslations texts = new RelationsTranslations();
        assertEquals("Customer Users ↔ Customers", texts.text(view.labelKey(), Locale.ENGLISH).orElseThrow());
        assertEquals("Kundenbenutzer ↔ Kunden", texts.text(view.labelKey(), Locale.GERMAN).orElseThrow());
    }

    @Test
    void threeRoutesWithStablePaths() {
        assertEquals(RelationsOverviewView.class, view.navigationTarget());
        assertEquals(List.of(RelationsOverviewView.class, UserRelationsView.class, CustomerRelationsView.class),
                view.routeTargets());
        assertEquals(List.of("customer-relations", "customer-relations/user/:login",
                "customer-relations/customer/:customerId"),
                view.routeTargets().stream().map(t -> t.getAnnotation(Route.class).value()).toList());
    }

    @Test
    void viewsAreCreatedWithTheServicesPassedIn() {
        for (Class<? extends Component> target : view.routeTargets()) {
            assertInstanceOf(target, view.createRouteTarget(target));
        }
        assertThrows(IllegalArgumentException.class, () -> view.createRouteTarget(Div.class));
    }
}
