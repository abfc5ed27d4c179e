package org.helpdesk.platform.directory.ui.internal.form;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The URLs of the directory views below {@code /admin}. Other views link to the edit pages by these
 * paths, so they are stable: {@code customers/edit/<customer ID>} and {@code customer-users/edit/<login>}.
 */
public final class EditRoutes {

    public static final String CUSTOMERS = "customers";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_EDIT = "customers/edit/:" + CUSTOMER_ID;

    public static final String CUSTOMER_USERS = "customer-users";
    public static final String LOGIN = "login";
    public static final String CUSTOMER_USER_EDIT = "customer-users/edit/:" + LOGIN;

    private EditRoutes() {
    }

    /** @return the path of the Edit Customer page, relative to {@code /admin/} */
    public static String customerEdit(String customerId) {
        return "customers/edit/" + segment(customerId);
    }

    /** @return the path of the Edit Customer User page, relative to {@code /admin/} */
    public static String customerUserEdit(String login) {
        return "customer-users/edit/" + segment(login);
    }

    /** IDs and logins may hold "/", "?" or blanks; the router decodes the segment again. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
