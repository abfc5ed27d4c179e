package org.helpdesk.customerrelations.ui.internal.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.Notification.Position;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Small pieces the three pages share, so that they look like the platform's views. */
final class Ui {

    /** Long enough not to query on every key stroke, short enough to feel live. */
    static final int SEARCH_DELAY_MS = 300;

    private Ui() {
    }

    static TextField searchField(Component owner, String placeholderKey) {
        TextField search = new TextField();
        search.setId("search");
        String placeholder = owner.getTranslation(placeholderKey);
        search.setPlaceholder(placeholder);
        search.setAriaLabel(placeholder);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DELAY_MS);
        search.setWidth("28em");
        search.setMaxWidth("100%");
        return search;
    }

    /**
     * A confirmation with buttons of our own, so that they have stable IDs ({@code confirm-ok},
     * {@code confirm-cancel}) for tests and assistive tools.
     */
    static ConfirmDialog confirm(String id, String header, String text, String okText, String cancelText,
            boolean danger, Runnable ok, Runnable cancel) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        Button okButton = new Button(okText, e -> {
            dialog.close();
            ok.run();
        });
        okButton.setId("confirm-ok");
        okButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            okButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancelButton = new Button(cancelText, e -> {
            dialog.close();
            cancel.run();
        });
        cancelButton.setId("confirm-cancel");
        cancelButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.setConfirmButton(okButton);
        dialog.setCancelable(true);
        dialog.setCancelButton(cancelButton);
        dialog.setCloseOnEsc(false);
        return dialog;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** Bottom right: at the bottom left they would cover the buttons. */
    static void success(String text) {
        Notification notification = Notification.show(text, 4000, Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void info(String text) {
        Notification.show(text, 4000, Position.BOTTOM_END);
    }

    static void error(String text) {
        Notification notification = Notification.show(text, 10000, Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
