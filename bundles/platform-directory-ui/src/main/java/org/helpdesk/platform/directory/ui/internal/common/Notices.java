package org.helpdesk.platform.directory.ui.internal.common;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.Notification.Position;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after a write: success fades quickly, errors stay long enough to be read. */
public final class Notices {

    private Notices() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 4000, Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 10000, Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
