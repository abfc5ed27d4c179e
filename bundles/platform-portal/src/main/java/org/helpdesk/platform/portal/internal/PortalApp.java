package org.helpdesk.platform.portal.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.security.LoginThrottle;
import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.api.tickets.dto.CustomerTicketQuery;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketScope;
import org.helpdesk.platform.persistence.DatabaseFaults;
import org.helpdesk.platform.portal.internal.html.Chrome;
import org.helpdesk.platform.portal.internal.html.Chrome.Nav;
import org.helpdesk.platform.portal.internal.html.Pages;
import org.helpdesk.platform.portal.internal.html.TicketList;
import org.helpdesk.platform.portal.internal.http.PortalRequest;
import org.helpdesk.platform.portal.internal.http.PortalResponse;
import org.helpdesk.platform.portal.internal.http.Route;
import org.helpdesk.platform.portal.internal.http.Router;
import org.helpdesk.platform.portal.internal.i18n.Languages;
import org.helpdesk.platform.portal.internal.i18n.PortalTexts;
import org.helpdesk.platform.portal.internal.session.PortalSession;
import org.helpdesk.platform.portal.internal.session.SessionStore;
import org.helpdesk.platform.portal.internal.session.Tokens;

/**
 * The portal's controller: routes a request, checks session and CSRF token, asks the platform's
 * services and picks the page. Ticket visibility is never decided here: lists and direct access go
 * through {@link TicketService}, which applies rule R2; the portal only hides "Company Tickets"
 * while {@link AccessDecision#companyTicketAccessDisabled()} says so.
 */
public final class PortalApp {

    /** Name of the portal's session cookie. */
    public static final String COOKIE = "HELPDESK_PORTAL";

    static final int MAX_FILTER_LENGTH = 200;

    private final TicketService tickets;
    private final CustomerAccess access;
    private final CustomerUserDirectory directory;
    private final SessionStore sessions;
    /** Password guessing is throttled per user name, on all nodes together. */
    private final LoginThrottle throttle;
    private final PortalTexts texts;
    private final Pages pages;
    private final String stylesheet;

    public PortalApp(TicketService tickets, CustomerAccess access, CustomerUserDirectory directory,
            SessionStore sessions, LoginThrottle throttle, PortalTexts texts, Pages pages, String stylesheet) {
        this.tickets = tickets;
        this.access = access;
        this.directory = directory;
        this.sessions = sessions;
        this.throttle = throttle;
        this.texts = texts;
        this.pages = pages;
        this.stylesheet = stylesheet;
    }

    public PortalResponse handle(PortalRequest request) {
        Route route = Router.route(request.method(), request.path());
        if (route.action() == Route.Action.STYLESHEET) {
            return new PortalResponse(200, PortalResponse.CSS, stylesheet, Map.of("Cache-Control", "max-age=3600"));
        }
        Optional<PortalSession> session = sessions.find(request.sessionId());
        Locale locale = Languages.choose(session.flatMap(PortalSession::language).orElse(null),
                request.acceptLanguage());
        Context context = new Context(request, session.orElse(null), texts.in(locale));
        if (route.action().isPost() && !context.csrfValid()) {
            return html(403, pages.message(context.anonymousChrome(), "expired", "expired.title", "expired.text"));
        }
        try {
            return switch (route.action()) {
                case LOGIN_FORM -> loginForm(context);
                case LOGIN -> login(context);
                case LOGOUT -> logout(context);
                case LOGOUT_EVERYWHERE -> logoutEverywhere(context);
                case LANGUAGE -> language(context);
                case METHOD_NOT_ALLOWED -> html(405, pages.message(context.anonymousChrome(), "method-not-allowed",
                        "methodNotAllowed.title", "methodNotAllowed.text"))
                        .withHeader("Allow", Router.allowedMethods(request.path()));
                default -> withUser(context, route);
            };
        } catch (DirectoryException e) {
            if (e.reason() != DirectoryException.Reason.BACKEND_UNAVAILABLE) {
                throw e;
            }
            // a backend such as LDAP is down: the session stays, nothing was changed, the user may try again
            return html(503, pages.message(context.anonymousChrome(), "unavailable", "unavailable.title",
                    DatabaseFaults.isUnavailable(e) ? "unavailable.database.text" : "unavailable.text"))
                    .withHeader("Retry-After", "30");
        }
    }

    private PortalResponse loginForm(Context context) {
        if (context.loggedIn()) {
            return PortalResponse.redirect(Router.url(Router.MY_TICKETS));
        }
        PortalSession session = context.session;
        boolean created = session == null;
        if (created) {
            session = sessions.createAnonymous(null);
        }
        Chrome chrome = new Chrome(context.texts, session.csrfToken(), null, false, Nav.NONE,
                Router.url(context.request.pathAndQuery()));
        String next = Router.safeTarget(context.request.parameter("next"), "");
        PortalResponse response = html(200, pages.login(chrome, "", next, null));
        return created ? response.withHeader("Set-Cookie", cookie(session.id(), context.request.secure())) : response;
    }

    private PortalResponse login(Context context) {
        String username = context.request.parameter("username").strip();
        char[] password = context.request.parameter("password").toCharArray();
        Optional<CustomerUser> user;
        boolean locked = throttle.isLocked(username);
        try {
            user = locked || username.isEmpty() || username.length() > CustomerUserDirectory.MAX_LOGIN_LENGTH
                    ? Optional.empty() : directory.authenticate(username, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        String next = Router.safeTarget(context.request.parameter("next"), "");
        if (user.isEmpty()) {
            if (!locked) {
                throttle.failed(username);
            }
            Chrome chrome = new Chrome(context.texts, context.session.csrfToken(), null, false, Nav.NONE,
                    Router.url(Router.LOGIN));
            return html(200, pages.login(chrome, username, next, locked ? "login.locked" : "login.failed"));
        }
        throttle.succeeded(username);
        PortalSession fresh = sessions.logIn(context.session, user.get().login());
        return PortalResponse.redirect(next.isEmpty() ? Router.url(Router.MY_TICKETS) : next)
                .withHeader("Set-Cookie", cookie(fresh.id(), context.request.secure()));
    }

    private PortalResponse logout(Context context) {
        sessions.end(context.session);
        return PortalResponse.redirect(Router.url(Router.LOGIN))
                .withHeader("Set-Cookie", expiredCookie(context.request.secure()));
    }

    /** Ends every session of the user, on every node: the other browsers and devices are logged out too. */
    private PortalResponse logoutEverywhere(Context context) {
        context.session.login().ifPresent(sessions::endAll);
        return logout(context);
    }

    private PortalResponse language(Context context) {
        String language = context.request.parameter("language");
        if (Languages.isSupported(language)) {
            sessions.setLanguage(context.session, language);
        }
        return PortalResponse.redirect(Router.safeTarget(context.request.parameter("return"), Router.url("/")));
    }

    private PortalResponse withUser(Context context, Route route) {
        Optional<CustomerUser> user = context.session == null ? Optional.empty()
                : context.session.login().flatMap(directory::findCustomerUser).filter(CustomerUser::valid);
        if (user.isEmpty()) {
            if (context.loggedIn()) {
                // deleted or invalidated since login: the user's sessions end, on every node
                sessions.endAll(context.session.login().get());
            }
            if (route.action() == Route.Action.NOT_FOUND) {
                return html(404, pages.message(context.anonymousChrome(), "not-found", "notFound.page.title",
                        "notFound.page.text"));
            }
            String next = Router.url(context.request.pathAndQuery());
            return PortalResponse.redirect(Router.url(Router.LOGIN) + "?next=" + Router.encode(next));
        }
        AccessDecision decision;
        try {
            decision = access.decide(user.get().login());
        } catch (DirectoryException gone) {
            if (gone.reason() == DirectoryException.Reason.BACKEND_UNAVAILABLE) {
                throw gone;
            }
            sessions.endAll(user.get().login());
            return PortalResponse.redirect(Router.url(Router.LOGIN));
        }
        Chrome chrome = new Chrome(context.texts, context.session.csrfToken(), user.get().fullName(),
                !decision.companyTicketAccessDisabled(), Nav.NONE, Router.url(context.request.pathAndQuery()));
        String login = decision.login();
        return switch (route.action()) {
            case HOME -> PortalResponse.redirect(Router.url(Router.MY_TICKETS));
            case MY_TICKETS -> html(200, pages.ticketList(chrome, list(context.request, login, TicketScope.OWN,
                    List.of())));
            case COMPANY_TICKETS -> decision.companyTicketAccessDisabled()
                    ? html(403, pages.noPermission(chrome))
                    : html(200, pages.ticketList(chrome, list(context.request, login, TicketScope.COMPANY,
                            decision.customerIds().stream().map(CustomerIdGrant::customerId).toList())));
            case OPEN_BY_NUMBER -> {
                String number = context.request.parameter("number").strip();
                yield PortalResponse.redirect(number.isEmpty() ? Router.url(Router.MY_TICKETS)
                        : Router.ticketUrl(number));
            }
            case TICKET -> tickets.openAsCustomer(login, route.argument())
                    .map(ticket -> html(200, pages.ticket(chrome, ticket)))
                    .orElseGet(() -> html(404, pages.ticketNotFound(chrome, route.argument())));
            default -> html(404, pages.message(chrome, "not-found", "notFound.page.title", "notFound.page.text"));
        };
    }

    private TicketList list(PortalRequest request, String login, TicketScope scope, List<String> customerIds) {
        String filter = request.parameter("filter").strip();
        if (filter.length() > MAX_FILTER_LENGTH) {
            filter = filter.substring(0, MAX_FILTER_LENGTH);
        }
        int size = Pages.PAGE_SIZES.stream().filter(s -> Integer.toString(s).equals(request.parameter("size")))
                .findFirst().orElse(Pages.PAGE_SIZES.get(0));
        String wanted = request.parameter("customer");
        // only one of the user's own IDs can narrow the list; anything else means all
        String customerId = customerIds.size() < 2 ? null
                : customerIds.stream().filter(id -> id.equalsIgnoreCase(wanted)).findFirst().orElse(null);
        int page = parsePage(request.parameter("page"));
        Page<Ticket> result = query(login, scope, customerId, filter, page, size);
        if (result.items().isEmpty() && result.total() > 0) {
            // past the end, e.g. after tickets were closed away: show the last page instead
            page = (int) Math.min(Integer.MAX_VALUE, (result.total() + size - 1) / size);
            result = query(login, scope, customerId, filter, page, size);
        }
        return new TicketList(scope, filter, customerId, customerIds, page, size, result);
    }

    private Page<Ticket> query(String login, TicketScope scope, String customerId, String filter, int page,
            int size) {
        long offset = (long) (page - 1) * size;
        int safeOffset = (int) Math.min(offset, Integer.MAX_VALUE - 1000L);
        return tickets.customerTickets(new CustomerTicketQuery(login, scope, customerId, filter, safeOffset, size));
    }

    static int parsePage(String value) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(value.strip()), 1_000_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String cookie(String id, boolean secure) {
        return COOKIE + "=" + id + "; Path=" + Router.CONTEXT + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    static String expiredCookie(boolean secure) {
        return COOKIE + "=; Path=" + Router.CONTEXT + "; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    private static PortalResponse html(int status, String body) {
        return PortalResponse.html(status, body);
    }

    /** One request's state. */
    private static final class Context {

        final PortalRequest request;
        final PortalSession session;
        final PortalTexts.Texts texts;

        Context(PortalRequest request, PortalSession session, PortalTexts.Texts texts) {
            this.request = request;
            this.session = session;
            this.texts = texts;
        }

        boolean loggedIn() {
            return session != null && session.login().isPresent();
        }

        boolean csrfValid() {
            return session != null && Tokens.matches(session.csrfToken(), request.parameter(Pages.CSRF_FIELD));
        }

        /** The frame for pages shown before the user is known (no navigation, no logout). */
        Chrome anonymousChrome() {
            return new Chrome(texts, session == null ? null : session.csrfToken(), null, false, Nav.NONE,
                    Router.url(request.pathAndQuery()));
        }
    }
}
