package org.helpdesk.platform.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.security.LoginThrottle;
import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.persistence.DatabaseFaults;
import org.helpdesk.platform.portal.internal.html.Chrome;
import org.helpdesk.platform.portal.internal.html.Pages;
import org.helpdesk.platform.portal.internal.http.PortalRequest;
import org.helpdesk.platform.portal.internal.http.PortalResponse;
import org.helpdesk.platform.portal.internal.i18n.Languages;
import org.helpdesk.platform.portal.internal.i18n.PortalTexts;
import org.helpdesk.platform.portal.internal.session.SessionStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The portal on the Servlet Whiteboard: turns servlet requests into {@link PortalRequest}s for {@link PortalApp}. */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=helpdesk-portal",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT + "=" + PortalContextHelper.SELECT })
public class PortalServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PortalServlet.class);
    private static final String STYLESHEET = "/org/helpdesk/platform/portal/internal/static/portal.css";

    private final transient PortalApp app;
    private final transient PortalTexts texts;
    private final transient Pages pages;

    @Activate
    public PortalServlet(@Reference TicketService tickets, @Reference CustomerAccess access,
            @Reference CustomerUserDirectory directory, @Reference SessionStore sessions,
            @Reference LoginThrottle throttle) {
        this.texts = new PortalTexts();
        this.pages = new Pages(ZoneId.systemDefault());
        this.app = new PortalApp(tickets, access, directory, sessions, throttle, texts, pages, readStylesheet());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PortalResponse answer;
        try {
            answer = app.handle(toPortalRequest(request));
        } catch (RuntimeException e) {
            Locale locale = Languages.choose(null, request.getHeader("Accept-Language"));
            Chrome chrome = new Chrome(texts.in(locale), null, null, false, Chrome.Nav.NONE, "");
            if (DatabaseFaults.isUnavailable(e)) {
                // the database is down or restarting: nothing was changed, the session is kept, try again
                LOG.warn("Portal request {} {}: the database is unavailable ({})", request.getMethod(),
                        request.getRequestURI(), e.toString());
                answer = PortalResponse.html(503, pages.message(chrome, "unavailable", "unavailable.title",
                        "unavailable.database.text")).withHeader("Retry-After", "30");
            } else {
                LOG.error("Portal request {} {} failed", request.getMethod(), request.getRequestURI(), e);
                answer = PortalResponse.html(500, pages.message(chrome, "error", "error.title", "error.text"));
            }
        }
        write(answer, response);
    }

    static PortalRequest toPortalRequest(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return new PortalRequest(request.getMethod(), request.getPathInfo(), request.getQueryString(), parameters,
                sessionCookie(request.getCookies()), request.getHeader("Accept-Language"), request.isSecure());
    }

    private static String sessionCookie(Cookie[] cookies) {
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> PortalApp.COOKIE.equals(c.getName())).map(Cookie::getValue)
                .findFirst().orElse(null);
    }

    private static void write(PortalResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (!PortalResponse.CSS.equals(answer.contentType())) {
            // pages show personal data: never store them, nor frame them
            response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate, private");
            response.setHeader("Pragma", "no-cache");
            response.setDateHeader("Expires", 0);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'");
        answer.headers().forEach((name, value) -> {
            if ("Set-Cookie".equals(name)) {
                response.addHeader(name, value);
            } else {
                response.setHeader(name, value);
            }
        });
        if (answer.contentType() != null) {
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            response.setContentType(answer.contentType());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static String readStylesheet() {
        try (InputStream in = PortalServlet.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + STYLESHEET);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
