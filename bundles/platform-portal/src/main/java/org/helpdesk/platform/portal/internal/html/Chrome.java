package org.helpdesk.platform.portal.internal.html;

import org.helpdesk.platform.portal.internal.i18n.PortalTexts.Texts;

/**
 * What the page frame (header and navigation) shows.
 *
 * @param texts the request's language
 * @param csrfToken the session's CSRF token, or {@code null} without session (then no POST forms are shown)
 * @param userName the logged-in user's name, or {@code null} before login
 * @param companyTicketsOffered whether the navigation offers "Company Tickets"
 * @param active the highlighted navigation entry
 * @param currentPath the page's path with query, where a language switch returns to
 */
public record Chrome(Texts texts, String csrfToken, String userName, boolean companyTicketsOffered, Nav active,
        String currentPath) {

    /** Navigation entries. */
    public enum Nav {
        NONE, MY_TICKETS, COMPANY_TICKETS
    }

    public boolean loggedIn() {
        return userName != null;
    }

    /** @return the same frame with another highlighted entry */
    public Chrome withActive(Nav nav) {
        return new Chrome(texts, csrfToken, userName, companyTicketsOffered, nav, currentPath);
    }
}
