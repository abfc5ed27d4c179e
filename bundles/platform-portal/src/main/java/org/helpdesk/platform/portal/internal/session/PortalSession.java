package org.helpdesk.platform.portal.internal.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One browser's portal session as {@link SessionStore} read or created it; changes go through the store. The
 * login never changes: logging in replaces the session with a new one under a new ID (see
 * {@link SessionStore#logIn}), so an ID planted before login is worthless.
 */
public final class PortalSession {

    private final String id;
    private final String csrfToken;
    private final String login;
    private final String language;
    private final Instant created;
    private final Instant lastSeen;

    PortalSession(String id, String csrfToken, String login, String language, Instant created, Instant lastSeen) {
        this.id = Objects.requireNonNull(id, "id");
        this.csrfToken = Objects.requireNonNull(csrfToken, "csrfToken");
        this.login = login;
        this.language = language;
        this.created = created;
        this.lastSeen = lastSeen;
    }

    /** @return the ID the browser's cookie carries; the store keeps only its hash */
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

    /** @return when the store last wrote that the session was used (at most about once a minute) */
    Instant lastSeen() {
        return lastSeen;
    }

    PortalSession withLanguage(String newLanguage) {
        return new PortalSession(id, csrfToken, login, newLanguage, created, lastSeen);
    }

    /** Sessions are equal when they are the same session with the same content; when it was seen does not count. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PortalSession that && id.equals(that.id) && csrfToken.equals(that.csrfToken)
                && Objects.equals(login, that.login) && Objects.equals(language, that.language)
                && Objects.equals(created, that.created);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        // never the ID nor the token: they would end up in logs
        return "PortalSession[login=" + login + ", language=" + language + ", created=" + created + "]";
    }
}
