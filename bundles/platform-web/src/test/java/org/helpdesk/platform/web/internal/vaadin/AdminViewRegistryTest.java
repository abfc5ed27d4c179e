package org.helpdesk.platform.web.internal.vaadin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.api.admin.NavigationGroup;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

class AdminViewRegistryTest {

    public static class A extends Div {
    }

    static class B extends Div {
    }

    static class C extends Div {
    }

    private static AdminView view(Class<? extends Component> target, NavigationGroup group, int position) {
        return new AdminView() {
            @Override
            public Class<? extends Component> navigationTarget() {
                return target;
            }

            @Override
            public NavigationGroup navigationGroup() {
                return group;
            }

            @Override
            public String labelKey() {
                return target.getSimpleName();
            }

            @Override
            public int position() {
                return position;
            }
        };
    }

    @Test
    void viewsComeInNavigationOrder() {
        AdminViewRegistry registry = new AdminViewRegistry();
        AdminView system = view(A.class, NavigationGroup.SYSTEM, 1);
        AdminView usersLate = view(B.class, NavigationGroup.USERS_GROUPS_ROLES, 20);
        AdminView usersEarly = view(C.class, NavigationGroup.USERS_GROUPS_ROLES, 10);
        registry.bindView(system);
        registry.bindView(usersLate);
        registry.bindView(usersEarly);
        assertEquals(List.of(usersEarly, usersLate, system), registry.views());
    }

    @Test
    void ownerIsFoundByRouteTargetAndForgottenOnUnbind() {
        AdminViewRegistry registry = new AdminViewRegistry();
        AdminView view = view(A.class, NavigationGroup.SYSTEM, 1);
        registry.bindView(view);
        assertEquals(view, registry.ownerOf(A.class).orElseThrow());
        assertTrue(registry.ownerOf(B.class).isEmpty());
        registry.unbindView(view);
        assertTrue(registry.ownerOf(A.class).isEmpty());
    }

    @Test
    void listenersHearEveryChangeUntilRemoved() {
        AdminViewRegistry registry = new AdminViewRegistry();
        AtomicInteger changes = new AtomicInteger();
        Registration registration = registry.onChange(changes::incrementAndGet);
        AdminView view = view(A.class, NavigationGroup.SYSTEM, 1);
        registry.bindView(view);
        registry.unbindView(view);
        registration.remove();
        registry.bindView(view);
        assertEquals(2, changes.get());
    }

    @Test
    void defaultFactoryCreatesViewsWithoutArguments() {
        AdminView view = view(A.class, NavigationGroup.SYSTEM, 1);
        assertEquals(A.class, view.createRouteTarget(A.class).getClass());
    }
}
