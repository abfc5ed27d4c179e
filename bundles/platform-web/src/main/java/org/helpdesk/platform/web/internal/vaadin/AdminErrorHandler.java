package org.helpdesk.platform.web.internal.vaadin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

import org.helpdesk.platform.persistence.DatabaseFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the admin sees when a view fails with an exception it does not handle itself: a notification instead of
 * nothing (Vaadin's production mode shows no error), saying so when the database does not answer.
 */
final class AdminErrorHandler implements ErrorHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AdminErrorHandler.class);
    private static final int DURATION_MILLIS = 10_000;

    private final transient I18NProvider i18n;

    AdminErrorHandler(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (DatabaseFaults.isUnavailable(failure)) {
            LOG.warn("An admin view's request failed: the database is unavailable ({})", failure.toString());
        } else {
            LOG.error("An admin view's request failed", failure);
        }
        UI ui = UI.getCurrent();
        if (ui != null && i18n != null) {
            Notification notification = Notification.show(i18n.getTranslation(messageKey(failure), ui.getLocale()),
                    DURATION_MILLIS, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** @return the translation key of the message for {@code failure} */
    static String messageKey(Throwable failure) {
        return DatabaseFaults.isUnavailable(failure) ? "error.database" : "error.unexpected";
    }
}
