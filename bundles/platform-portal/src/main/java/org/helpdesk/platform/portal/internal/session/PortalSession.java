package org.helpdesk.platform.portal.internal.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One browser's portal session. The login never changes: logging in replaces the session with a
 * new one under a new ID (see {@link SessionStore#logIn}), so an ID planted before login is worthless.
 */
public final class PortalSession {

    private final String id;
    private final String csrfToken;
    private final String login;
    private volatile String language;
    private volatile Instant lastAccess;

    PortalSession(String id, String login, String language, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.csrfToken = Tokens.random();
        this.login = login;
        this.language = language;
        this.lastAccess = now;
    }

    public String id() {
        return id;
    }

    /** @return the token every POST form of this session must carry */
    public String csrfToken() {
        return csrfToken;
    }

    /** @return the logged-in customer user, or empty before login */
    public Optional<String> login() {
        return Optional.ofNullable(login);
    }

    /** @return the language the user picked in the header, or empty when the browser decides */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    Instant lastAccess() {
        return lastAccess;
    }

    void touch(Instant now) {
        lastAccess = now;
    }
}
