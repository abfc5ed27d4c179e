package org.helpdesk.platform.api.admin;

/**
 * No admin login can be decided now, because what guards logins (the failed-login throttle in the database)
 * does not answer. Nothing is accepted meanwhile; the caller tells the user to try again shortly (an API
 * answers 503) instead of "wrong password".
 *
 * @since 1.2
 */
public class AdminLoginUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AdminLoginUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
