package org.helpdesk.platform.directory.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.helpdesk.platform.api.admin.AdminRoles;
import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.api.admin.NavigationGroup;
import org.helpdesk.platform.directory.ui.internal.customer.CustomerEditView;
import org.helpdesk.platform.directory.ui.internal.customer.CustomersView;
import org.helpdesk.platform.directory.ui.internal.user.CustomerUserEditView;
import org.helpdesk.platform.directory.ui.internal.user.CustomerUsersView;
import org.helpdesk.testsupport.directory.FakeCustomerUsers;
import org.helpdesk.testsupport.directory.FakeCustomers;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

class AdminViewsTest {

    private final FakeDirectory directory = new FakeDirectory();
    private final FakeCustomers customers = directory.customers();
    private final FakeCustomerUsers users = directory.users();
    private final AdminView customersView = new CustomersAdminView(customers);
    private final AdminView usersView = new CustomerUsersAdminView(users, customers);

    @Test
    void customersComeFirstInUsersGroupsAndRoles() {
        assertEquals(NavigationGroup.USERS_GROUPS_ROLES, customersView.navigationGroup());
        assertEquals(NavigationGroup.USERS_GROUPS_ROLES, usersView.navigationGroup());
        assertEquals(10, customersView.position());
        assertEquals(20, usersView.position());
        assertEquals(AdminRoles.ADMIN, customersView.requiredRole());
        assertEquals(AdminRoles.ADMIN, usersView.requiredRole());
    }

    @Test
    void labelsAreTranslated() {
        DirectoryUiTranslations translations = new DirectoryUiTranslations();
        assertEquals("Kunden", translations.text(customersView.labelKey(), Locale.GERMAN).orElseThrow());
        assertEquals("Kundenbenutzer", translations.text(usersView.labelKey(), Locale.GERMAN).orElseThrow());
    }

    @Test
    void eachEntryOwnsItsListAndEditPage() {
        assertEquals(CustomersView.class, customersView.navigationTarget());
        assertEquals(List.of(CustomersView.class, CustomerEditView.class), customersView.routeTargets());
        assertEquals(CustomerUsersView.class, usersView.navigationTarget());
        assertEquals(List.of(CustomerUsersView.class, CustomerUserEditView.class), usersView.routeTargets());
    }

    @Test
    void routesHaveStablePaths() {
        assertEquals("customers", path(CustomersView.class));
        assertEquals("customers/edit/:customerId", path(CustomerEditView.class));
        assertEquals("customer-users", path(CustomerUsersView.class));
        assertEquals("customer-users/edit/:login", path(CustomerUserEditView.class));
    }

    @Test
    void viewsAreCreatedWithTheDirectoryPassedIn() {
        for (AdminView view : List.of(customersView, usersView)) {
            for (Class<? extends Component> target : view.routeTargets()) {
                assertInstanceOf(target, view.createRouteTarget(target));
            }
        }
    }

    @Test
    void foreignRoutesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> customersView.createRouteTarget(CustomerUsersView.class));
        assertThrows(IllegalArgumentException.class, () -> usersView.createRouteTarget(Div.class));
    }

    private static String path(Class<?> target) {
        Route route = target.getAnnotation(Route.class);
        assertTrue(route != null, target.getName());
        return route.value();
    }
}
