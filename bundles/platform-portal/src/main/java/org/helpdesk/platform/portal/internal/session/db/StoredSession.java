package org.helpdesk.platform.portal.internal.session.db;

/**
 * A row of the session table; times are epoch milliseconds.
 *
 * @param login the customer user, or {@code null} before login
 * @param language the picked language, or {@code null}
 */
public record StoredSession(String login, String csrfToken, String language, long createdMs, long lastSeenMs) {
}
