package org.helpdesk.customerrelations.ui.internal.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The URLs of the relations view and of the host views it links to. They are bookmarkable and other
 * views link to them, so they stay stable: {@code customer-relations}, {@code customer-relations/user/<login>},
 * {@code customer-relations/customer/<customer ID>}, each with the search term as {@code ?search=}.
 */
public final class RelationRoutes {

    /** Where the admin shell lives; its views' paths are relative to it. */
    public static final String ADMIN = "/admin/";

    public static final String OVERVIEW = "customer-relations";
    public static final String LOGIN = "login";
    public static final String USER_PAGE = OVERVIEW + "/user/:" + LOGIN;
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_PAGE = OVERVIEW + "/customer/:" + CUSTOMER_ID;
    public static final String SEARCH = "search";

    /** The host's parameter for its "Back" link (see the platform's Edit Customer / Edit Customer User). */
    public static final String RETURN = "return";

    public static final String HOST_CUSTOMERS = ADMIN + "customers";
    public static final String HOST_CUSTOMER_USERS = ADMIN + "customer-users";
    public static final String HOST_SYSTEM_CONFIGURATION = ADMIN + "system-configuration";

    private RelationRoutes() {
    }

    /** @return the overview's path below {@code /admin/}, without query */
    public static String userPagePath(String login) {
        return OVERVIEW + "/user/" + segment(login);
    }

    public static String customerPagePath(String customerId) {
        return OVERVIEW + "/customer/" + segment(customerId);
    }

    /** @return the absolute path with the search as query, e.g. {@code /admin/customer-relations/user/alice?search=x} */
    public static String withSearch(String relativePath, String search) {
        String path = ADMIN + relativePath;
        return search == null || search.isBlank() ? path : path + "?" + SEARCH + "=" + query(search.strip());
    }

    /** @return the host's Edit Customer page, whose "Back" link leads to {@code returnPath} */
    public static String hostCustomerEdit(String customerId, String returnPath) {
        return ADMIN + "customers/edit/" + segment(customerId) + returnQuery(returnPath);
    }

    /** @return the host's Edit Customer User page, whose "Back" link leads to {@code returnPath} */
    public static String hostCustomerUserEdit(String login, String returnPath) {
        return ADMIN + "customer-users/edit/" + segment(login) + returnQuery(returnPath);
    }

    private static String returnQuery(String returnPath) {
        return returnPath == null ? "" : "?" + RETURN + "=" + query(returnPath);
    }

    /** IDs and logins may hold "/", "?", "%" or blanks; the router decodes the segment again. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
