package org.helpdesk.platform.web.internal.vaadin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

class AdminRouteSyncTest {

    @Route("customers/:id")
    static class WithPath extends Div {
    }

    @Route
    static class WithoutPath extends Div {
    }

    static class WithoutRoute extends Div {
    }

    @Test
    void pathComesFromTheRouteAnnotation() {
        assertEquals("customers/:id", AdminRouteSync.pathOf(WithPath.class));
    }

    @Test
    void routesNeedAnExplicitPath() {
        assertThrows(IllegalArgumentException.class, () -> AdminRouteSync.pathOf(WithoutPath.class));
        assertThrows(IllegalArgumentException.class, () -> AdminRouteSync.pathOf(WithoutRoute.class));
    }
}
