package org.helpdesk.platform.portal.internal.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.helpdesk.platform.portal.internal.http.Route.Action;

/** Maps a method and a path inside the portal to a {@link Route}, and builds the portal's URLs. */
public final class Router {

    /** The portal's context path. */
    public static final String CONTEXT = "/portal";

    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";
    public static final String LOGOUT_EVERYWHERE = "/logout-everywhere";
    public static final String LANGUAGE = "/language";
    public static final String MY_TICKETS = "/my-tickets";
    public static final String COMPANY_TICKETS = "/company-tickets";
    public static final String OPEN = "/open";
    public static final String TICKETS = "/tickets/";
    public static final String STYLESHEET = "/static/portal.css";

    private Router() {
    }

    /**
     * @param method the HTTP method
     * @param path the decoded path inside the portal
     */
    public static Route route(String method, String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        boolean get = "GET".equals(method);
        boolean post = "POST".equals(method);
        if (LOGIN.equals(p)) {
            return get ? new Route(Action.LOGIN_FORM) : post ? new Route(Action.LOGIN) : notAllowed();
        }
        Action action = switch (p) {
            case "/" -> Action.HOME;
            case LOGOUT -> Action.LOGOUT;
            case LOGOUT_EVERYWHERE -> Action.LOGOUT_EVERYWHERE;
            case LANGUAGE -> Action.LANGUAGE;
            case MY_TICKETS -> Action.MY_TICKETS;
            case COMPANY_TICKETS -> Action.COMPANY_TICKETS;
            case OPEN -> Action.OPEN_BY_NUMBER;
            case STYLESHEET -> Action.STYLESHEET;
            default -> null;
        };
        String argument = "";
        if (action == null && p.startsWith(TICKETS)) {
            argument = p.substring(TICKETS.length());
            action = argument.isEmpty() || argument.contains("/") ? Action.NOT_FOUND : Action.TICKET;
        }
        if (action == null) {
            action = Action.NOT_FOUND;
        }
        if (action == Action.NOT_FOUND || (action.isPost() ? post : get)) {
            return new Route(action, action == Action.TICKET ? argument : "");
        }
        return notAllowed();
    }

    /** @return the {@code Allow} header for a path */
    public static String allowedMethods(String path) {
        if (LOGIN.equals(path)) {
            return "GET, POST";
        }
        Route post = route("POST", path);
        return post.action() != Action.METHOD_NOT_ALLOWED && post.action() != Action.NOT_FOUND ? "POST" : "GET";
    }

    private static Route notAllowed() {
        return new Route(Action.METHOD_NOT_ALLOWED);
    }

    /** @return the absolute path of a page inside the portal, e.g. {@code /portal/my-tickets} */
    public static String url(String path) {
        return CONTEXT + path;
    }

    /** @return the absolute path of a ticket's page, its number encoded as one path segment */
    public static String ticketUrl(String number) {
        return CONTEXT + TICKETS + encode(number).replace("+", "%20");
    }

    /** @return the value encoded for a query string */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Only paths inside the portal may be a target after login or a language switch, never another
     * host or the admin shell (no open redirect).
     *
     * @return {@code target} when it is a path inside the portal, else {@code fallback}
     */
    public static String safeTarget(String target, String fallback) {
        if (target == null || !target.startsWith(CONTEXT + "/") || target.startsWith("//")
                || target.contains("\\") || target.contains("/../") || target.chars().anyMatch(c -> c < 0x20)) {
            return fallback;
        }
        return target;
    }
}
