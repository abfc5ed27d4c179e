package org.helpdesk.customerrelations.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RelationRoutesTest {

    @Test
    void pagesHaveStablePaths() {
        assertEquals("customer-relations", RelationRoutes.OVERVIEW);
        assertEquals("customer-relations/user/:login", RelationRoutes.USER_PAGE);
        assertEquals("customer-relations/customer/:customerId", RelationRoutes.CUSTOMER_PAGE);
        assertEquals("customer-relations/user/alice", RelationRoutes.userPagePath("alice"));
        assertEquals("customer-relations/customer/acme", RelationRoutes.customerPagePath("acme"));
    }

    @Test
    void theSearchGoesIntoTheQuery() {
        assertEquals("/admin/customer-relations/user/alice?search=x", RelationRoutes.withSearch("customer-relations/user/alice", "x"));
        assertEquals("/admin/customer-relations?search=a+b%26c", RelationRoutes.withSearch("customer-relations", " a b&c "));
        assertEquals("/admin/customer-relations", RelationRoutes.withSearch("customer-relations", "  "));
    }

    @Test
    void oddIdsStayOneSegment() {
        assertEquals("customer-relations/customer/a%2Fb%3Fc%20d%25", RelationRoutes.customerPagePath("a/b?c d%"));
    }

    @Test
    void hostLinksCarryAReturnPathTheHostAccepts() {
        String here = RelationRoutes.withSearch(RelationRoutes.userPagePath("alice"), "x y");
        String link = RelationRoutes.hostCustomerEdit("acme", here);
        assertEquals("/admin/customers/edit/acme?return=%2Fadmin%2Fcustomer-relations%2Fuser%2Falice%3Fsearch%3Dx%2By", link);
        String back = URLDecoder.decode(URI.create(link).getRawQuery().substring("return=".length()), StandardCharsets.UTF_8);
        assertEquals(here, back);
        // what the platform's ReturnPath requires: inside /admin/, no "//", "\", blanks or ".."
        assertTrue(back.startsWith("/admin/"));
        assertFalse(back.contains("//") || back.contains("\\") || back.contains(" ") || back.contains(".."));
        assertEquals("/admin/customer-users/edit/bob%20b?return=%2Fadmin%2Fcustomer-relations",
                RelationRoutes.hostCustomerUserEdit("bob b", "/admin/customer-relations"));
        assertEquals("/admin/customer-users/edit/bob", RelationRoutes.hostCustomerUserEdit("bob", null));
    }
}
