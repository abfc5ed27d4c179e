package org.helpdesk.platform.directory.ui.internal.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/** The pieces both edit pages share, so that they look alike. */
public final class EditLayout {

    private EditLayout() {
    }

    /** @return the page heading with the record's label below it, and its "invalid" badge if it is switched off */
    public static Div heading(Component owner, String titleKey, String label, boolean valid) {
        H2 title = new H2(owner.getTranslation(titleKey));
        title.addClassNames(FontSize.XXLARGE, Margin.NONE);
        Span subject = new Span(label);
        subject.setId("subject");
        subject.addClassNames(TextColor.SECONDARY);
        HorizontalLayout line = new HorizontalLayout(subject);
        line.setAlignItems(Alignment.CENTER);
        line.setSpacing(true);
        if (!valid) {
            line.add(ValidityBadge.invalid(owner.getTranslation("directory.invalid")));
        }
        return new Div(title, line);
    }

    public static Checkbox validCheckbox(Component owner) {
        Checkbox valid = new Checkbox(owner.getTranslation("directory.field.valid"));
        valid.setId("valid");
        valid.setHelperText(owner.getTranslation("directory.field.valid.helper"));
        return valid;
    }

    public static Button saveButton(Component owner) {
        Button save = new Button(owner.getTranslation("directory.button.save"), VaadinIcon.CHECK.create());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return save;
    }

    public static Button deleteButton(Component owner) {
        Button delete = new Button(owner.getTranslation("directory.button.delete"), VaadinIcon.TRASH.create());
        delete.setId("delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return delete;
    }

    public static HorizontalLayout buttons(Button save, Button delete) {
        HorizontalLayout buttons = new HorizontalLayout(save, delete);
        buttons.setSpacing(true);
        buttons.addClassNames(Margin.Top.MEDIUM);
        return buttons;
    }

    /** Asks before deleting; nothing happens unless the admin confirms. */
    public static ConfirmDialog confirmDelete(Component owner, String headerKey, String textKey, String subject,
            Runnable delete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete");
        confirm.setHeader(owner.getTranslation(headerKey));
        confirm.setText(owner.getTranslation(textKey, subject));
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("directory.button.cancel"));
        confirm.setConfirmText(owner.getTranslation("directory.button.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete.run());
        return confirm;
    }

    /** @return the message for an ID or login that names no record */
    public static Div notFound(String text) {
        Paragraph message = new Paragraph(text);
        Div box = new Div(message);
        box.setId("not-found");
        return box;
    }

    /** The note on a record that cannot be changed here, e.g. a customer user from LDAP. */
    public static Div readOnlyNotice(String text) {
        Div box = new Div(VaadinIcon.LOCK.create(), new Span(" " + text));
        box.setId("read-only-notice");
        box.addClassNames(TextColor.SECONDARY, Margin.Vertical.SMALL);
        return box;
    }
}
