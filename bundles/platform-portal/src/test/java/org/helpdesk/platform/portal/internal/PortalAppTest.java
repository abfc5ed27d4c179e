package org.helpdesk.platform.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.helpdesk.platform.api.security.LoginThrottle;
import org.helpdesk.platform.api.tickets.dto.TicketScope;
import org.helpdesk.platform.portal.internal.html.Pages;
import org.helpdesk.platform.portal.internal.http.PortalRequest;
import org.helpdesk.platform.portal.internal.http.PortalResponse;
import org.helpdesk.platform.portal.internal.i18n.PortalTexts;
import org.helpdesk.platform.portal.internal.session.SessionStore;
import org.helpdesk.platform.security.internal.DbLoginThrottle;
import org.helpdesk.testsupport.TestDatabases;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.Test;

/**
 * The portal's controller with fake platform services, and its sessions and failed-login throttle on a Derby
 * database: login, lists, the no-permission rule, direct access, and a second node on the same database.
 */
class PortalAppTest {

    private final FakeDirectory directory = Fakes.directory();
    private final Fakes.Tickets tickets = new Fakes.Tickets(directory.access());
    private final DataSource database = TestDatabases.derby().dataSource();
    private final PortalApp app = node();

    /** A node of the cluster: the portal with its own session store and throttle on the shared database. */
    private PortalApp node() {
        SessionStore sessions = new SessionStore(database);
        LoginThrottle throttle = new DbLoginThrottle(database);
        return new PortalApp(tickets, directory.access(), directory.users(), sessions, throttle, new PortalTexts(),
                new Pages(ZoneOffset.UTC), "body{}");
    }

    /** A tiny browser: keeps the portal cookie and the last CSRF token; the load balancer may switch its node. */
    private final class Client {
        String cookie;
        String csrf;
        String acceptLanguage = "en-US,en;q=0.9";
        PortalApp node = app;

        PortalResponse get(String path, String... parameters) {
            int q = path.indexOf('?');
            return send(new PortalRequest("GET", q < 0 ? path : path.substring(0, q), q < 0 ? "" : path.substring(q + 1),
                    params(parameters), cookie, acceptLanguage, false));
        }

        PortalResponse post(String path, String... parameters) {
            return send(new PortalRequest("POST", path, "", params(parameters), cookie, acceptLanguage, false));
        }

        PortalResponse send(PortalRequest request) {
            PortalResponse response = node.handle(request);
            String setCookie = response.header("Set-Cookie");
            if (setCookie != null) {
                String value = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
                cookie = value.isEmpty() ? null : value;
            }
            Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        }

        PortalResponse logIn(String user, String password) {
            get("/login");
            return post("/login", "csrf", csrf, "username", user, "password", password);
        }
    }

    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], List.of(pairs[i + 1]));
        }
        return map;
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() {
        Client browser = new Client();
        PortalResponse response = browser.get("/my-tickets?filter=x");
        assertEquals(303, response.status());
        assertEquals("/portal/login?next=%2Fportal%2Fmy-tickets%3Ffilter%3Dx", response.header("Location"));
        assertNull(browser.cookie, "no session before the login page");

        PortalResponse login = browser.get("/login");
        assertEquals(200, login.status());
        assertTrue(login.body().contains("id=\"username\""));
        assertTrue(login.body().contains("id=\"password\""));
        assertTrue(login.body().contains("id=\"login\""));
        assertTrue(login.header("Set-Cookie").contains("HttpOnly"));
        assertTrue(login.header("Set-Cookie").contains("Path=/portal;"));
        assertNotNull(browser.csrf);
    }

    @Test
    void loginGetsANewSessionIdAndGoesToMyTickets() {
        Client browser = new Client();
        browser.get("/login");
        String anonymous = browser.cookie;
        String anonymousToken = browser.csrf;
        PortalResponse response = browser.post("/login", "csrf", browser.csrf, "username", "alice", "password", "alice");
        assertEquals(303, response.status());
        assertEquals("/portal/my-tickets", response.header("Location"));
        assertNotEquals(anonymous, browser.cookie, "session fixation: the ID changes at login");

        Client attacker = new Client();
        attacker.cookie = anonymous;
        assertEquals(303, attacker.get("/my-tickets").status(), "the pre-login ID is worthless");

        PortalResponse mine = browser.get("/my-tickets");
        assertEquals(200, mine.status());
        assertNotEquals(anonymousToken, browser.csrf, "a new CSRF token comes with the new session");
        assertTrue(mine.body().contains("data-number=\"T1\""));
        assertTrue(mine.body().contains("data-number=\"T5\""));
        assertFalse(mine.body().contains("data-number=\"T2\""));
        assertTrue(mine.body().contains("Tickets 1–2 of 2"));
        assertTrue(mine.body().contains("id=\"nav-company-tickets\""));
    }

    @Test
    void repeatedFailedLoginsLockTheUserNameEvenForTheRightPassword() {
        Client guesser = new Client();
        for (int i = 0; i < 4; i++) {
            PortalResponse wrong = guesser.logIn("alice", "guess" + i);
            assertEquals(200, wrong.status());
            assertTrue(wrong.body().contains("Login failed"), wrong.body());
        }
        assertTrue(guesser.logIn("bob", "bob").status() == 303, "other users are not affected");
        assertTrue(new Client().logIn("ALICE", "guess4").body().contains("Login failed"), "the fifth failure");
        PortalResponse locked = new Client().logIn("alice", "alice");
        assertEquals(200, locked.status(), "refused although the password is right");
        assertTrue(locked.body().contains("Too many failed logins"), locked.body());
        assertNull(locked.header("Location"));
    }

    @Test
    void loginGoesBackToTheRequestedPortalPageOnly() {
        Client browser = new Client();
        browser.get("/login?next=%2Fportal%2Ftickets%2FT1");
        PortalResponse back = browser.post("/login", "csrf", browser.csrf, "username", "alice", "password", "alice",
                "next", "/portal/tickets/T1");
        assertEquals("/portal/tickets/T1", back.header("Location"));

        Client other = new Client();
        other.get("/login");
        PortalResponse away = other.post("/login", "csrf", other.csrf, "username", "bob", "password", "bob",
                "next", "//evil.example/admin");
        assertEquals("/portal/my-tickets", away.header("Location"));
    }

    @Test
    void wrongPasswordsAndInvalidUsersCannotLogIn() {
        Client browser = new Client();
        PortalResponse wrong = browser.logIn("alice", "bob");
        assertEquals(200, wrong.status());
        assertTrue(wrong.body().contains("id=\"login-error\""));
        assertTrue(wrong.body().contains("value=\"alice\""), "the user name stays filled in");

        directory.users().setCustomerUserValid("carol", false, "test");
        PortalResponse invalid = browser.logIn("carol", "carol");
        assertTrue(invalid.body().contains("id=\"login-error\""));
        assertEquals(303, browser.get("/my-tickets").status());
    }

    @Test
    void postsWithoutTheSessionsCsrfTokenAreRefused() {
        Client browser = new Client();
        browser.get("/login");
        PortalResponse noToken = browser.post("/login", "username", "alice", "password", "alice");
        assertEquals(403, noToken.status());
        assertTrue(noToken.body().contains("id=\"expired\""));
        PortalResponse forged = browser.post("/login", "csrf", "forged", "username", "alice", "password", "alice");
        assertEquals(403, forged.status());

        browser.logIn("alice", "alice");
        assertEquals(403, browser.post("/logout", "csrf", "forged").status());
        assertEquals(200, browser.get("/my-tickets").status(), "still logged in");
    }

    @Test
    void logoutIsPostOnlyAndEndsTheSession() {
        Client browser = new Client();
        browser.logIn("alice", "alice");
        String session = browser.cookie;
        PortalResponse get = browser.get("/logout");
        assertEquals(405, get.status());
        assertEquals("POST", get.header("Allow"));
        assertEquals(200, browser.get("/my-tickets").status());

        PortalResponse out = browser.post("/logout", "csrf", browser.csrf);
        assertEquals(303, out.status());
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"));
        Client replay = new Client();
        replay.cookie = session;
        assertEquals(303, replay.get("/my-tickets").status());
    }

    @Test
    void companyTicketsShowTheCompanysTicketsWithACustomerFilterForSeveralIds() {
        Client browser = new Client();
        browser.logIn("alice", "alice");
        PortalResponse company = browser.get("/company-tickets");
        assertEquals(200, company.status());
        assertTrue(company.body().contains("data-number=\"T1\""));
        assertTrue(company.body().contains("data-number=\"T2\""));
        assertFalse(company.body().contains("data-number=\"T3\""));
        assertFalse(company.body().contains("id=\"customer\""), "one customer ID: no choice");
        assertTrue(company.body().contains("T2 &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"));

        Fakes.addUser(directory, "dave", "acme", "globex");
        tickets.add("T9", "T9 dave", "globex", "carol");
        Client dave = new Client();
        dave.logIn("dave", "dave");
        PortalResponse all = dave.get("/company-tickets");
        assertTrue(all.body().contains("id=\"customer\""));
        assertTrue(all.body().contains("data-number=\"T3\""));
        PortalResponse globex = dave.get("/company-tickets?customer=GLOBEX", "customer", "GLOBEX");
        assertTrue(globex.body().contains("data-number=\"T3\""));
        assertFalse(globex.body().contains("data-number=\"T1\""));
        assertEquals("globex", tickets.queries.get(tickets.queries.size() - 1).customerId());
        PortalResponse foreign = dave.get("/company-tickets", "customer", "initech");
        assertNull(tickets.queries.get(tickets.queries.size() - 1).customerId(), "not one of dave's IDs: ignored");
        assertTrue(foreign.body().contains("data-number=\"T1\""));
    }

    @Test
    void listsArePagedWithExactCountsAndFiltered() {
        for (int i = 0; i < 60; i++) {
            tickets.add("P" + i, "Paged ticket " + i, "acme", "bob");
        }
        Client browser = new Client();
        browser.logIn("bob", "bob");
        PortalResponse first = browser.get("/my-tickets");
        assertTrue(first.body().contains("Tickets 1–25 of 61"));
        assertTrue(first.body().contains("id=\"next-page\" class=\"button\""));
        assertTrue(first.body().contains("href=\"/portal/my-tickets?page=2&amp;size=25\""));
        PortalResponse third = browser.get("/my-tickets", "page", "3", "size", "25");
        assertTrue(third.body().contains("Tickets 51–61 of 61"));
        PortalResponse fifty = browser.get("/my-tickets", "size", "50", "page", "2");
        assertTrue(fifty.body().contains("Tickets 51–61 of 61"));
        PortalResponse odd = browser.get("/my-tickets", "size", "1000", "page", "x");
        assertTrue(odd.body().contains("Tickets 1–25 of 61"), "only 25 and 50 per page");
        PortalResponse beyond = browser.get("/my-tickets", "page", "99");
        assertTrue(beyond.body().contains("Tickets 51–61 of 61"), "past the end shows the last page");

        PortalResponse filtered = browser.get("/my-tickets", "filter", " ticket 5 ");
        assertTrue(filtered.body().contains("of 11"), filtered.body());
        assertEquals("ticket 5", tickets.queries.get(tickets.queries.size() - 1).filter());
        assertEquals(TicketScope.OWN, tickets.queries.get(tickets.queries.size() - 1).scope());
        assertTrue(filtered.body().contains("value=\"ticket 5\""));
    }

    @Test
    void withCompanyAccessDisabledCompanyTicketsAreNotOfferedAndForbidden() {
        Client browser = new Client();
        browser.logIn("alice", "alice");
        directory.access().setCompanyTicketAccessDisabled(true);

        PortalResponse mine = browser.get("/my-tickets");
        assertEquals(200, mine.status());
        assertFalse(mine.body().contains("nav-company-tickets"));
        assertTrue(mine.body().contains("data-number=\"T1\""));

        int queries = tickets.queries.size();
        PortalResponse company = browser.get("/company-tickets");
        assertEquals(403, company.status());
        assertTrue(company.body().contains("id=\"no-permission\""));
        assertEquals(queries, tickets.queries.size(), "no ticket query for a forbidden page");

        assertEquals(404, browser.get("/tickets/T2").status());
        assertEquals(200, browser.get("/tickets/T1").status());

        directory.access().setCompanyTicketAccessDisabled(false);
        assertEquals(200, browser.get("/company-tickets").status(), "the next request sees the switch");
        assertEquals(200, browser.get("/tickets/T2").status());
    }

    @Test
    void invisibleAndUnknownTicketsLookTheSame() {
        Client browser = new Client();
        browser.logIn("alice", "alice");
        PortalResponse visible = browser.get("/tickets/T2");
        assertEquals(200, visible.status());
        assertTrue(visible.body().contains("id=\"ticket-view\""));

        PortalResponse hidden = browser.get("/tickets/T3");
        PortalResponse unknown = browser.get("/tickets/T4");
        assertEquals(404, hidden.status());
        assertEquals(404, unknown.status());
        assertTrue(hidden.body().contains("id=\"not-found\""));
        assertEquals(hidden.body().replace("T3", "T4"), unknown.body());

        PortalResponse typed = browser.get("/open", "number", " T 1/<x> ");
        assertEquals("/portal/tickets/T%201%2F%3Cx%3E", typed.header("Location"));
        assertTrue(browser.get("/tickets/<script>").body().contains("&lt;script&gt;"));
    }

    @Test
    void theLanguageFollowsTheBrowserUntilTheHeaderSwitchIsUsed() {
        Client browser = new Client();
        browser.acceptLanguage = "de-DE,de;q=0.9,en;q=0.8";
        assertTrue(browser.get("/login").body().contains("Anmelden"));
        browser.post("/login", "csrf", browser.csrf, "username", "alice", "password", "alice");
        assertTrue(browser.get("/my-tickets").body().contains("Meine Tickets"));

        PortalResponse switched = browser.post("/language", "csrf", browser.csrf, "language", "en",
                "return", "/portal/company-tickets");
        assertEquals("/portal/company-tickets", switched.header("Location"));
        PortalResponse english = browser.get("/company-tickets");
        assertTrue(english.body().contains("<html lang=\"en\">"));
        assertTrue(english.body().contains("Company Tickets"));

        assertEquals("/portal/", browser.post("/language", "csrf", browser.csrf, "language", "fr",
                "return", "https://evil.example/").header("Location"));
        assertTrue(browser.get("/my-tickets").body().contains("My Tickets"), "unsupported languages change nothing");
    }

    @Test
    void theLanguagePickedBeforeLoginIsKept() {
        Client browser = new Client();
        browser.get("/login");
        browser.post("/language", "csrf", browser.csrf, "language", "de", "return", "/portal/login");
        browser.post("/login", "csrf", browser.csrf, "username", "bob", "password", "bob");
        assertTrue(browser.get("/my-tickets").body().contains("<html lang=\"de\">"));
    }

    @Test
    void aUserInvalidatedAfterLoginIsLoggedOut() {
        Client browser = new Client();
        browser.logIn("bob", "bob");
        assertEquals(200, browser.get("/my-tickets").status());
        directory.users().setCustomerUserValid("bob", false, "test");
        assertEquals(303, browser.get("/my-tickets").status());
        directory.users().setCustomerUserValid("bob", true, "test");
        assertEquals(303, browser.get("/my-tickets").status(), "the session has ended");
    }

    @Test
    void otherCookiesAndPathsDoNotOpenThePortal() {
        Client admin = new Client();
        admin.cookie = "some-admin-JSESSIONID";
        assertEquals(303, admin.get("/my-tickets").status());
        assertEquals(404, admin.get("/no/such/page").status());
        assertEquals(200, app.handle(new PortalRequest("GET", "/static/portal.css", "", Map.of(), null, null, false))
                .status());
    }

    @Test
    void aDirectoryBackendDownAnswers503AndKeepsTheSession() {
        Client browser = new Client();
        assertEquals(303, browser.logIn("alice", "alice").status());
        org.helpdesk.platform.api.directory.DirectoryException down =
                new org.helpdesk.platform.api.directory.DirectoryException(
                        org.helpdesk.platform.api.directory.DirectoryException.Reason.BACKEND_UNAVAILABLE, "partners",
                        "The LDAP backend 'partners' did not answer");
        directory.failNext(down);
        PortalResponse unavailable = browser.get("/my-tickets");
        assertEquals(503, unavailable.status());
        assertTrue(unavailable.body().contains("does not answer right now"), unavailable.body());
        assertEquals("30", unavailable.header("Retry-After"));
        assertEquals(200, browser.get("/my-tickets").status(), "still logged in once the backend answers");

        directory.failNext(down);
        Client other = new Client();
        other.get("/login");
        assertEquals(503, other.post("/login", "csrf", other.csrf, "username", "bob", "password", "bob").status());
        assertEquals(303, other.logIn("bob", "bob").status(), "an outage is no failed login");
    }

    @Test
    void logOutEverywhereEndsTheUsersSessionsInAllBrowsers() {
        Client laptop = new Client();
        Client phone = new Client();
        Client bob = new Client();
        laptop.logIn("alice", "alice");
        phone.logIn("ALICE", "alice");
        bob.logIn("bob", "bob");
        PortalResponse page = laptop.get("/my-tickets");
        assertTrue(page.body().contains("id=\"logout-everywhere\""));
        assertEquals(405, laptop.get("/logout-everywhere").status());
        assertEquals(403, laptop.post("/logout-everywhere", "csrf", "forged").status());
        assertEquals(200, phone.get("/my-tickets").status(), "still logged in");

        PortalResponse out = laptop.post("/logout-everywhere", "csrf", laptop.csrf);
        assertEquals(303, out.status());
        assertEquals("/portal/login", out.header("Location"));
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"));
        assertEquals(303, phone.get("/my-tickets").status(), "the other browser is logged out too");
        assertEquals(200, bob.get("/my-tickets").status(), "other users are not affected");
    }

    @Test
    void anyNodeServesTheSessionThatAnotherStarted() {
        PortalApp other = node();
        Client browser = new Client();
        browser.get("/login");
        browser.node = other;
        assertEquals(303, browser.post("/login", "csrf", browser.csrf, "username", "alice", "password", "alice")
                .status(), "the login form's token is known on the other node");
        browser.node = app;
        assertEquals(200, browser.get("/my-tickets").status());
        browser.post("/language", "csrf", browser.csrf, "language", "de", "return", "/portal/my-tickets");
        browser.node = other;
        assertTrue(browser.get("/my-tickets").body().contains("<html lang=\"de\">"));
        String ended = browser.cookie;
        browser.post("/logout", "csrf", browser.csrf);
        Client replay = new Client();
        replay.cookie = ended;
        assertEquals(303, replay.get("/my-tickets").status(), "logged out on every node");
    }

    @Test
    void failedLoginsCountOnAllNodesTogether() {
        PortalApp other = node();
        Client guesser = new Client();
        for (int i = 0; i < 4; i++) {
            guesser.node = i % 2 == 0 ? app : other;
            assertTrue(guesser.logIn("carol", "guess" + i).body().contains("Login failed"));
        }
        guesser.node = other;
        assertTrue(guesser.logIn("carol", "guess4").body().contains("Login failed"), "the fifth failure");
        Client owner = new Client();
        assertTrue(owner.logIn("carol", "carol").body().contains("Too many failed logins"),
                "locked on the first node by failures on both");
    }
}
