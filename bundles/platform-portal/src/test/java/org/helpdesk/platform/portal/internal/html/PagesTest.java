package org.helpdesk.platform.portal.internal.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketScope;
import org.helpdesk.platform.api.tickets.dto.TicketState;
import org.helpdesk.platform.portal.internal.html.Chrome.Nav;
import org.helpdesk.platform.portal.internal.i18n.PortalTexts;
import org.junit.jupiter.api.Test;

class PagesTest {

    private final PortalTexts texts = new PortalTexts();
    private final Pages pages = new Pages(ZoneOffset.UTC);
    private final Ticket evil = new Ticket("T<1>", "<img src=x onerror=alert(1)>", TicketState.CLOSED, "ac\"me",
            "al'ice", Instant.parse("2026-03-04T05:06:00Z"));

    private Chrome chrome(Locale locale, boolean company) {
        return new Chrome(texts.in(locale), "tok\"en", "<Alice>", company, Nav.NONE, "/portal/my-tickets?a=\"b\"");
    }

    @Test
    void everythingFromUsersIsEscaped() {
        String html = pages.ticketList(chrome(Locale.ENGLISH, true), new TicketList(TicketScope.COMPANY,
                "\"><script>", null, List.of("ac\"me", "<globex>"), 1, 25, new Page<>(List.of(evil), 1)));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<Alice>"));
        assertFalse(html.contains("<globex>"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("data-number=\"T&lt;1&gt;\""));
        assertTrue(html.contains("href=\"/portal/tickets/T%3C1%3E\""));
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;\""));
        assertTrue(html.contains("value=\"tok&quot;en\""));
        assertTrue(html.contains("al&#39;ice"));
    }

    @Test
    void theNavigationOffersCompanyTicketsOnlyWhenAllowed() {
        Page<Ticket> none = new Page<>(List.of(), 0);
        TicketList mine = new TicketList(TicketScope.OWN, "", null, List.of(), 1, 25, none);
        String with = pages.ticketList(chrome(Locale.ENGLISH, true), mine);
        String without = pages.ticketList(chrome(Locale.ENGLISH, false), mine);
        assertTrue(with.contains("id=\"nav-company-tickets\""));
        assertFalse(without.contains("nav-company-tickets"));
        assertTrue(without.contains("id=\"nav-my-tickets\" class=\"active\" aria-current=\"page\""));
        assertTrue(without.contains("No tickets found."));
        assertFalse(without.contains("id=\"tickets\""), "no empty table");
        assertTrue(without.contains("id=\"logout\""));
        assertTrue(without.contains("action=\"/portal/logout-everywhere\""));
        assertTrue(without.contains("id=\"logout-everywhere\""));
    }

    @Test
    void germanPagesAreGerman() {
        String html = pages.ticket(chrome(Locale.GERMAN, true), evil);
        assertTrue(html.contains("<html lang=\"de\">"));
        assertTrue(html.contains("Geschlossen"));
        assertTrue(html.contains("Abmelden"));
        assertTrue(html.contains("Überall abmelden"));
        assertTrue(html.contains("04.03.2026"));
        assertFalse(java.util.regex.Pattern.compile("![a-zA-Z.]+!").matcher(html).find(), "no missing keys");
    }

    @Test
    void pagerLinksKeepTheFilters() {
        TicketList list = new TicketList(TicketScope.COMPANY, "a&b", "acme", List.of("acme", "globex"), 2, 25,
                new Page<>(List.of(evil), 80));
        String html = pages.ticketList(chrome(Locale.ENGLISH, true), list);
        assertTrue(html.contains("href=\"/portal/company-tickets?page=1&amp;size=25&amp;filter=a%26b&amp;customer=acme\""));
        assertTrue(html.contains("Page 2 of 4"));
        assertTrue(html.contains("<option value=\"acme\" selected=\"selected\">acme</option>"));
    }

    @Test
    void withoutSessionThereAreNoPostForms() {
        String html = pages.message(new Chrome(texts.in(Locale.ENGLISH), null, null, false, Nav.NONE, ""),
                "not-found", "notFound.page.title", "notFound.page.text");
        assertFalse(html.contains("<form"));
        assertTrue(html.contains("id=\"not-found\""));
    }
}
