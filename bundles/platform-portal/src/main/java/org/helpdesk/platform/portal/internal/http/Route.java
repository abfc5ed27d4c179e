package org.helpdesk.platform.portal.internal.http;

import java.util.Objects;

/**
 * Where a request goes.
 *
 * @param action what to do
 * @param argument the path's variable part (the ticket number of {@link Action#TICKET}), or empty
 */
public record Route(Action action, String argument) {

    /** The portal's pages and actions. */
    public enum Action {
        HOME, LOGIN_FORM, LOGIN, LOGOUT, LOGOUT_EVERYWHERE, LANGUAGE, MY_TICKETS, COMPANY_TICKETS, OPEN_BY_NUMBER,
        TICKET, STYLESHEET, NOT_FOUND, METHOD_NOT_ALLOWED;

        /** @return whether the action changes state, so it is POST-only and needs the CSRF token */
        public boolean isPost() {
            return this == LOGIN || this == LOGOUT || this == LOGOUT_EVERYWHERE || this == LANGUAGE;
        }
    }

    public Route {
        Objects.requireNonNull(action, "action");
        argument = argument == null ? "" : argument;
    }

    public Route(Action action) {
        this(action, "");
    }
}
