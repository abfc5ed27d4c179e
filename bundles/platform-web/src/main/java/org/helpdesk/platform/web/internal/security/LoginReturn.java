package org.helpdesk.platform.web.internal.security;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

/** Where an anonymous user wanted to go, kept in the session until the login takes it. */
public final class LoginReturn {

    private static final String ATTRIBUTE = LoginReturn.class.getName() + ".path";

    private LoginReturn() {
    }

    static void remember(VaadinSession session, String pathWithQuery) {
        session.setAttribute(ATTRIBUTE, pathWithQuery);
    }

    /** @return the remembered path with its query, removed from the session */
    public static Optional<String> take(VaadinSession session) {
        Object path = session.getAttribute(ATTRIBUTE);
        session.setAttribute(ATTRIBUTE, null);
        return path instanceof String text ? Optional.of(text) : Optional.empty();
    }
}
