package org.helpdesk.platform.web.internal.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.helpdesk.platform.api.admin.AdminAuthentication;
import org.helpdesk.platform.api.admin.AdminLoginUnavailableException;
import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.security.LoginThrottle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks admin logins (web shell and plugins' APIs) against a Karaf JAAS realm and reads the user's roles from it.
 * Password guessing is throttled per user name by the {@link LoginThrottle}, which all nodes share.
 */
@Component(service = {AdminAuthenticator.class, AdminAuthentication.class}, configurationPid = "org.helpdesk.platform.web.login")
@Designate(ocd = AdminLoginConfiguration.class)
public class AdminAuthenticator implements AdminAuthentication {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAuthenticator.class);

    private final String realm;
    private final LoginThrottle throttle;

    @Activate
    public AdminAuthenticator(AdminLoginConfiguration configuration, @Reference LoginThrottle throttle) {
        if (configuration.realm() == null || configuration.realm().isBlank()) {
            throw new IllegalArgumentException("The login realm must not be empty");
        }
        this.realm = configuration.realm();
        this.throttle = throttle;
    }

    /**
     * @return the user with their roles, or empty when the realm refuses the login or the name is locked
     *         after repeated failures ({@link LoginThrottle})
     * @throws AdminLoginUnavailableException when the throttle cannot be asked: nobody guesses meanwhile
     */
    @Override
    public Optional<AdminUser> authenticate(String name, String password) {
        if (name == null || name.isBlank() || password == null) {
            return Optional.empty();
        }
        if (locked(name)) {
            return Optional.empty();
        }
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads Karaf's proxy login module through the context class loader.
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> answer(callbacks, name, password));
            login.login();
            Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream()
                    .map(RolePrincipal::getName).collect(Collectors.toSet());
            login.logout();
            report(() -> throttle.succeeded(name), name);
            return Optional.of(new AdminUser(name, roles));
        } catch (LoginException e) {
            LOG.info("Admin shell login refused for user {}", name);
            report(() -> throttle.failed(name), name);
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** @return whether the name is locked; throws when the throttle cannot tell, so that nobody guesses meanwhile */
    private boolean locked(String name) {
        try {
            if (throttle.isLocked(name)) {
                LOG.warn("Admin shell login refused for user {}: too many failed logins", name);
                return true;
            }
            return false;
        } catch (RuntimeException e) {
            LOG.error("Admin shell login refused for user {}: the failed-login throttle does not answer ({})", name,
                    e.toString());
            throw new AdminLoginUnavailableException("No login is possible now: the failed-login throttle (the"
                    + " database) does not answer. Try again shortly.", e);
        }
    }

    /** The realm has answered; the login's outcome stands even when the throttle cannot record it. */
    private static void report(Runnable outcome, String name) {
        try {
            outcome.run();
        } catch (RuntimeException e) {
            LOG.error("Could not record the login of user {} with the failed-login throttle", name, e);
        }
    }

    private static void answer(Callback[] callbacks, String name, String password)
            throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback nameCallback) {
                nameCallback.setName(name);
            } else if (callback instanceof PasswordCallback passwordCallback) {
                passwordCallback.setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
