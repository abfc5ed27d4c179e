package org.helpdesk.platform.directory.ui.internal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditRoutesTest {

    @Test
    void plainIdsStayReadable() {
        assertEquals("customers/edit/acme", EditRoutes.customerEdit("acme"));
        assertEquals("customer-users/edit/alice.smith", EditRoutes.customerUserEdit("alice.smith"));
    }

    @Test
    void specialCharactersAreEncodedAsOneSegment() {
        assertEquals("customers/edit/a%2Fb%20c%3Fd%23e", EditRoutes.customerEdit("a/b c?d#e"));
        assertEquals("customer-users/edit/j%C3%BCrgen%40example", EditRoutes.customerUserEdit("jürgen@example"));
    }

    @Test
    void templatesMatchTheParameterNames() {
        assertEquals("customers/edit/:customerId", EditRoutes.CUSTOMER_EDIT);
        assertEquals("customer-users/edit/:login", EditRoutes.CUSTOMER_USER_EDIT);
    }
}
