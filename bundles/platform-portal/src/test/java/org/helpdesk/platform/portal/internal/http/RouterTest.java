package org.helpdesk.platform.portal.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.helpdesk.platform.portal.internal.http.Route.Action;
import org.junit.jupiter.api.Test;

class RouterTest {

    @Test
    void pages() {
        assertEquals(new Route(Action.HOME), Router.route("GET", "/"));
        assertEquals(new Route(Action.HOME), Router.route("GET", null));
        assertEquals(new Route(Action.LOGIN_FORM), Router.route("GET", "/login"));
        assertEquals(new Route(Action.LOGIN), Router.route("POST", "/login"));
        assertEquals(new Route(Action.MY_TICKETS), Router.route("GET", "/my-tickets"));
        assertEquals(new Route(Action.COMPANY_TICKETS), Router.route("GET", "/company-tickets"));
        assertEquals(new Route(Action.OPEN_BY_NUMBER), Router.route("GET", "/open"));
        assertEquals(new Route(Action.STYLESHEET), Router.route("GET", "/static/portal.css"));
        assertEquals(new Route(Action.TICKET, "2026-0001"), Router.route("GET", "/tickets/2026-0001"));
    }

    @Test
    void stateChangesArePostOnly() {
        assertEquals(new Route(Action.LOGOUT), Router.route("POST", "/logout"));
        assertEquals(new Route(Action.LOGOUT_EVERYWHERE), Router.route("POST", "/logout-everywhere"));
        assertEquals(Action.METHOD_NOT_ALLOWED, Router.route("GET", "/logout-everywhere").action());
        assertEquals(new Route(Action.LANGUAGE), Router.route("POST", "/language"));
        assertEquals(Action.METHOD_NOT_ALLOWED, Router.route("GET", "/logout").action());
        assertEquals(Action.METHOD_NOT_ALLOWED, Router.route("GET", "/language").action());
        assertEquals(Action.METHOD_NOT_ALLOWED, Router.route("POST", "/my-tickets").action());
        assertEquals(Action.METHOD_NOT_ALLOWED, Router.route("PUT", "/login").action());
        assertEquals("POST", Router.allowedMethods("/logout"));
        assertEquals("GET", Router.allowedMethods("/my-tickets"));
        assertEquals("GET, POST", Router.allowedMethods("/login"));
    }

    @Test
    void unknownPathsAreNotFound() {
        assertEquals(Action.NOT_FOUND, Router.route("GET", "/admin").action());
        assertEquals(Action.NOT_FOUND, Router.route("GET", "/tickets/").action());
        assertEquals(Action.NOT_FOUND, Router.route("GET", "/tickets/1/edit").action());
        assertEquals(Action.NOT_FOUND, Router.route("POST", "/nowhere").action());
    }

    @Test
    void ticketUrlsEncodeTheNumberAsOneSegment() {
        assertEquals("/portal/tickets/T1", Router.ticketUrl("T1"));
        assertEquals("/portal/tickets/a%20b%2F%3F%23", Router.ticketUrl("a b/?#"));
    }

    @Test
    void onlyPortalPathsAreRedirectTargets() {
        assertEquals("/portal/tickets/T1?x=1", Router.safeTarget("/portal/tickets/T1?x=1", "f"));
        assertEquals("f", Router.safeTarget("/admin", "f"));
        assertEquals("f", Router.safeTarget("https://evil.example/portal/", "f"));
        assertEquals("f", Router.safeTarget("//evil.example/portal/", "f"));
        assertEquals("f", Router.safeTarget("/portal/../admin", "f"));
        assertEquals("f", Router.safeTarget("/portal/\\evil", "f"));
        assertEquals("f", Router.safeTarget("/portal/x\r\nSet-Cookie: a=b", "f"));
        assertEquals("f", Router.safeTarget("/portalx", "f"));
        assertEquals("f", Router.safeTarget(null, "f"));
    }
}
