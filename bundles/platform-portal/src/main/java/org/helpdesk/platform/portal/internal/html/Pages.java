package org.helpdesk.platform.portal.internal.html;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketScope;
import org.helpdesk.platform.portal.internal.html.Chrome.Nav;
import org.helpdesk.platform.portal.internal.http.Router;
import org.helpdesk.platform.portal.internal.i18n.Languages;
import org.helpdesk.platform.portal.internal.i18n.PortalTexts.Texts;

/** The portal's pages as HTML. Every text comes from the translations, every value is escaped. */
public final class Pages {

    /** Page sizes the lists offer; the first is the default. */
    public static final List<Integer> PAGE_SIZES = List.of(25, 50);

    /** Name of the hidden field that carries the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    private final ZoneId zone;

    public Pages(ZoneId zone) {
        this.zone = zone;
    }

    /** @param errorKey text key of the error to show above the form, or null */
    public String login(Chrome chrome, String username, String next, String errorKey) {
        Texts t = chrome.texts();
        return page(chrome, t.get("login.title"), main -> {
            main.open("section", "class", "card narrow", "id", "login-view");
            main.element("h1", t.get("login.title"));
            main.element("p", t.get("login.intro"), "class", "muted");
            if (errorKey != null) {
                main.element("p", t.get(errorKey), "class", "error", "id", "login-error", "role", "alert");
            }
            main.open("form", "method", "post", "action", Router.url(Router.LOGIN), "id", "login-form");
            csrf(main, chrome);
            main.empty("input", "type", "hidden", "name", "next", "value", next);
            field(main, "username", t.get("login.username"), "text", username, "username");
            field(main, "password", t.get("login.password"), "password", "", "current-password");
            main.element("button", t.get("login.submit"), "type", "submit", "id", "login", "class", "primary");
            main.close("form").close("section");
        });
    }

    public String ticketList(Chrome chrome, TicketList list) {
        Texts t = chrome.texts();
        boolean company = list.scope() == TicketScope.COMPANY;
        String path = company ? Router.COMPANY_TICKETS : Router.MY_TICKETS;
        String title = t.get(company ? "tickets.company.title" : "tickets.my.title");
        Chrome frame = chrome.withActive(company ? Nav.COMPANY_TICKETS : Nav.MY_TICKETS);
        return page(frame, title, main -> {
            main.open("section", "class", "card", "id", company ? "company-tickets-view" : "my-tickets-view");
            main.element("h1", title, "id", "view-title");
            filterForm(main, t, path, list);
            String count = list.tickets().total() == 0 ? t.get("tickets.none")
                    : t.get("tickets.count", list.first(), list.last(), list.tickets().total());
            main.element("p", count, "id", "ticket-count", "class", "muted");
            if (!list.tickets().items().isEmpty()) {
                table(main, t, list.tickets().items(), company);
            }
            pager(main, t, path, list);
            main.close("section");
        });
    }

    public String ticket(Chrome chrome, Ticket ticket) {
        Texts t = chrome.texts();
        String title = t.get("ticket.title", ticket.number());
        return page(chrome, title, main -> {
            main.open("section", "class", "card", "id", "ticket-view", "data-number", ticket.number());
            main.element("h1", title + ": " + ticket.title(), "id", "ticket-title");
            main.open("dl", "class", "details");
            detail(main, t.get("column.number"), ticket.number(), "ticket-number");
            detail(main, t.get("column.title"), ticket.title(), "ticket-subject");
            detail(main, t.get("column.state"), t.get("state." + ticket.state().name()), "ticket-state");
            detail(main, t.get("column.customer"), ticket.customerId(), "ticket-customer");
            detail(main, t.get("column.customerUser"), ticket.customerUserLogin(), "ticket-customer-user");
            detail(main, t.get("column.created"), formatter(t).format(ticket.createdAt()), "ticket-created");
            main.close("dl");
            main.element("a", t.get("ticket.back"), "href", Router.url(Router.MY_TICKETS), "id", "back");
            main.close("section");
        });
    }

    public String noPermission(Chrome chrome) {
        return message(chrome, "no-permission", "noPermission.title", "noPermission.text");
    }

    public String ticketNotFound(Chrome chrome, String number) {
        Texts t = chrome.texts();
        return page(chrome, t.get("notFound.ticket.title"), main -> {
            main.open("section", "class", "card narrow", "id", "not-found");
            main.element("h1", t.get("notFound.ticket.title"));
            main.element("p", t.get("notFound.ticket.text", number));
            home(main, chrome);
            main.close("section");
        });
    }

    /** A page with a title and one paragraph, in a section with the given id. */
    public String message(Chrome chrome, String id, String titleKey, String textKey) {
        Texts t = chrome.texts();
        return page(chrome, t.get(titleKey), main -> {
            main.open("section", "class", "card narrow", "id", id);
            main.element("h1", t.get(titleKey));
            main.element("p", t.get(textKey));
            home(main, chrome);
            main.close("section");
        });
    }

    private String page(Chrome chrome, String title, Consumer<Html> content) {
        Texts t = chrome.texts();
        Html html = new Html().doctype();
        html.open("html", "lang", t.locale().getLanguage());
        html.open("head");
        html.empty("meta", "charset", "utf-8");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.element("title", title + " · " + t.get("portal.title"));
        html.empty("link", "rel", "stylesheet", "href", Router.url(Router.STYLESHEET));
        html.close("head");
        html.open("body");
        header(html, chrome);
        html.open("main");
        content.accept(html);
        html.close("main");
        html.close("body").close("html");
        return html.toString();
    }

    private static void header(Html html, Chrome chrome) {
        Texts t = chrome.texts();
        html.open("header", "class", "top");
        html.element("a", t.get("portal.title"), "class", "brand", "href", Router.url("/"));
        if (chrome.loggedIn()) {
            html.open("nav", "id", "navigation");
            navLink(html, t.get("nav.myTickets"), Router.MY_TICKETS, "nav-my-tickets", chrome.active() == Nav.MY_TICKETS);
            if (chrome.companyTicketsOffered()) {
                navLink(html, t.get("nav.companyTickets"), Router.COMPANY_TICKETS, "nav-company-tickets",
                        chrome.active() == Nav.COMPANY_TICKETS);
            }
            html.close("nav");
            html.open("form", "method", "get", "action", Router.url(Router.OPEN), "class", "inline", "id", "open-form");
            html.empty("input", "type", "text", "name", "number", "id", "open-number", "aria-label",
                    t.get("header.openNumber"), "placeholder", t.get("header.openNumber"), "required", "required");
            html.element("button", t.get("header.open"), "type", "submit", "id", "open");
            html.close("form");
        }
        html.element("span", "", "class", "spacer");
        if (chrome.csrfToken() != null) {
            html.open("form", "method", "post", "action", Router.url(Router.LANGUAGE), "class", "inline", "id",
                    "language-form");
            csrf(html, chrome);
            html.empty("input", "type", "hidden", "name", "return", "value", chrome.currentPath());
            for (String language : Languages.SUPPORTED) {
                boolean current = language.equals(t.locale().getLanguage());
                html.element("button", t.get("lang." + language), "type", "submit", "name", "language", "value",
                        language, "id", "lang-" + language, "class", current ? "link current" : "link",
                        "aria-pressed", Boolean.toString(current));
            }
            html.close("form");
        }
        if (chrome.loggedIn()) {
            html.element("span", chrome.userName(), "id", "user", "class", "user");
            html.open("form", "method", "post", "action", Router.url(Router.LOGOUT), "class", "inline");
            csrf(html, chrome);
            html.element("button", t.get("header.logout"), "type", "submit", "id", "logout");
            html.close("form");
            html.open("form", "method", "post", "action", Router.url(Router.LOGOUT_EVERYWHERE), "class", "inline");
            csrf(html, chrome);
            html.element("button", t.get("header.logoutEverywhere"), "type", "submit", "id", "logout-everywhere",
                    "class", "link", "title", t.get("header.logoutEverywhereHint"));
            html.close("form");
        }
        html.close("header");
    }

    private static void navLink(Html html, String label, String path, String id, boolean active) {
        html.element("a", label, "href", Router.url(path), "id", id, "class", active ? "active" : null,
                "aria-current", active ? "page" : null);
    }

    private static void filterForm(Html main, Texts t, String path, TicketList list) {
        main.open("form", "method", "get", "action", Router.url(path), "class", "filters", "id", "filter-form");
        main.open("label").text(t.get("tickets.filter"));
        main.empty("input", "type", "search", "name", "filter", "id", "filter", "value", list.filter(),
                "placeholder", t.get("tickets.filterPlaceholder"));
        main.close("label");
        if (list.customerIds().size() > 1) {
            main.open("label").text(t.get("tickets.customer"));
            main.open("select", "name", "customer", "id", "customer");
            main.element("option", t.get("tickets.allCustomers"), "value", "",
                    "selected", list.customerId() == null ? "selected" : null);
            for (String id : list.customerIds()) {
                main.element("option", id, "value", id, "selected", id.equalsIgnoreCase(
                        list.customerId() == null ? "" : list.customerId()) ? "selected" : null);
            }
            main.close("select").close("label");
        }
        main.open("label").text(t.get("tickets.pageSize"));
        main.open("select", "name", "size", "id", "page-size");
        for (int size : PAGE_SIZES) {
            main.element("option", Integer.toString(size), "value", Integer.toString(size),
                    "selected", size == list.pageSize() ? "selected" : null);
        }
        main.close("select").close("label");
        main.element("button", t.get("tickets.apply"), "type", "submit", "id", "apply", "class", "primary");
        main.close("form");
    }

    private void table(Html main, Texts t, List<Ticket> tickets, boolean company) {
        DateTimeFormatter created = formatter(t);
        main.open("table", "id", "tickets", "class", "grid");
        main.open("thead").open("tr");
        List<String> columns = new ArrayList<>(List.of("column.number", "column.title", "column.state"));
        if (company) {
            columns.addAll(List.of("column.customer", "column.customerUser"));
        }
        columns.add("column.created");
        for (String column : columns) {
            main.element("th", t.get(column), "scope", "col");
        }
        main.close("tr").close("thead");
        main.open("tbody");
        for (Ticket ticket : tickets) {
            String url = Router.ticketUrl(ticket.number());
            main.open("tr", "id", "ticket-" + ticket.number(), "data-number", ticket.number());
            main.open("td").element("a", ticket.number(), "href", url).close("td");
            main.open("td", "class", "title").element("a", ticket.title(), "href", url).close("td");
            main.open("td").element("span", t.get("state." + ticket.state().name()), "class",
                    "badge " + ticket.state().name().toLowerCase(java.util.Locale.ROOT)).close("td");
            if (company) {
                main.element("td", ticket.customerId());
                main.element("td", ticket.customerUserLogin());
            }
            main.element("td", created.format(ticket.createdAt()));
            main.close("tr");
        }
        main.close("tbody").close("table");
    }

    private static void pager(Html main, Texts t, String path, TicketList list) {
        if (list.pageCount() <= 1) {
            return;
        }
        main.open("nav", "class", "pager", "id", "pager");
        pageLink(main, t.get("tickets.previous"), path, list, list.page() - 1, "previous-page", list.page() > 1);
        main.element("span", t.get("tickets.pageOf", list.page(), list.pageCount()), "id", "page-of");
        pageLink(main, t.get("tickets.next"), path, list, list.page() + 1, "next-page",
                list.page() < list.pageCount());
        main.close("nav");
    }

    private static void pageLink(Html main, String label, String path, TicketList list, int page, String id,
            boolean enabled) {
        if (!enabled) {
            main.element("span", label, "id", id, "class", "disabled", "aria-disabled", "true");
            return;
        }
        StringBuilder url = new StringBuilder(Router.url(path)).append("?page=").append(page)
                .append("&size=").append(list.pageSize());
        if (!list.filter().isEmpty()) {
            url.append("&filter=").append(Router.encode(list.filter()));
        }
        if (list.customerId() != null) {
            url.append("&customer=").append(Router.encode(list.customerId()));
        }
        main.element("a", label, "href", url.toString(), "id", id, "class", "button");
    }

    private static void field(Html main, String name, String label, String type, String value, String autocomplete) {
        main.open("label", "for", name).text(label).close("label");
        main.empty("input", "type", type, "name", name, "id", name, "value", value, "autocomplete", autocomplete,
                "required", "required");
    }

    private static void detail(Html main, String label, String value, String id) {
        main.element("dt", label);
        main.element("dd", value, "id", id);
    }

    private static void home(Html main, Chrome chrome) {
        String key = chrome.loggedIn() ? "nav.myTickets" : "login.title";
        main.element("a", chrome.texts().get(key), "href", Router.url(chrome.loggedIn() ? Router.MY_TICKETS
                : Router.LOGIN), "id", "home");
    }

    private static void csrf(Html html, Chrome chrome) {
        html.empty("input", "type", "hidden", "name", CSRF_FIELD, "value", chrome.csrfToken());
    }

    private DateTimeFormatter formatter(Texts t) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(t.locale()).withZone(zone);
    }
}
