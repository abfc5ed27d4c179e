package org.helpdesk.platform.web.internal.views;

import java.util.Optional;

import org.helpdesk.platform.api.admin.AdminLoginUnavailableException;
import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.web.internal.security.AdminAuthenticator;
import org.helpdesk.platform.web.internal.security.LoginReturn;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/** The admin shell's login page; the only page anonymous users can open. */
public class LoginView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "login";

    private static final long serialVersionUID = 1L;

    private final transient AdminAuthenticator authenticator;
    private final LoginForm form = new LoginForm();

    public LoginView(AdminAuthenticator authenticator) {
        this.authenticator = authenticator;
        setId("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::login);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        H1 title = new H1(getTranslation("login.title"));
        title.addClassNames("text-2xl");
        form.setI18n(i18n());
        add(title, new Paragraph(getTranslation("login.description")), form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    private void login(LoginEvent event) {
        Optional<AdminUser> user;
        try {
            user = authenticator.authenticate(event.getUsername(), event.getPassword());
        } catch (AdminLoginUnavailableException e) {
            refuse("login.unavailable.title", "login.unavailable.message");
            return;
        }
        if (user.isEmpty()) {
            refuse("login.error.title", "login.error.message");
            return;
        }
        // Taken before the new session, whose attributes are copied from the old one.
        String returnTo = LoginReturn.take(VaadinSession.getCurrent()).filter(path -> !path.startsWith(PATH))
                .orElse("");
        // A new session id after login, so a session id known before cannot be reused.
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession.getCurrent().setAttribute(AdminUser.class, user.get());
        // A Location, not the plain string: navigate(String) would take "?search=x" as part of the path.
        Location target = new Location(returnTo);
        getUI().ifPresent(ui -> ui.navigate(target.getPath(), target.getQueryParameters()));
    }

    /** Shows the form's error box with this title and message, the form ready for the next try. */
    private void refuse(String titleKey, String messageKey) {
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(getTranslation(messageKey));
        form.setI18n(i18n);
        form.setError(true);
        form.setEnabled(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
