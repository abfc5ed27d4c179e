package org.helpdesk.platform.settings.internal.view;

import java.io.Serializable;

import org.helpdesk.platform.settings.internal.model.ParsedValue;
import org.helpdesk.platform.settings.internal.model.Setting;
import org.helpdesk.platform.settings.internal.model.SettingOption;
import org.helpdesk.platform.settings.internal.model.SettingType;
import org.helpdesk.platform.settings.internal.model.SettingValues;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * The value cell of one setting: a field that fits its type and a save button, or just the value
 * where it cannot be changed here. Only values that pass {@link SettingValues#parse} are handed on.
 */
final class SettingEditor extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    /** Receives a setting's new value after it passed validation. */
    @FunctionalInterface
    interface Saver extends Serializable {
        void save(Setting setting, Object value);
    }

    private final Setting setting;
    private final Saver saver;
    private SerializableSupplier<String> input;
    private HasValidation validation;

    SettingEditor(Setting setting, Saver saver) {
        this.setting = setting;
        this.saver = saver;
        setWidthFull();
        setAlignItems(Alignment.CENTER);
        if (!setting.editable()) {
            Span value = new Span(setting.value());
            value.setId("setting-" + setting.key());
            value.addClassNames("text-secondary");
            add(value);
            return;
        }
        Component field = field();
        field.setId("setting-" + setting.key());
        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.setId("save-" + setting.key());
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(field, save);
        // Save buttons line up at the right; text fields take the room between, checkboxes stay small.
        setJustifyContentMode(JustifyContentMode.BETWEEN);
        if (field instanceof TextField || field instanceof Select) {
            setFlexGrow(1, field);
        }
    }

    private Component field() {
        if (setting.type() == SettingType.BOOLEAN) {
            Checkbox checkbox = new Checkbox(Boolean.parseBoolean(setting.value()));
            checkbox.setAriaLabel(setting.id());
            input = () -> String.valueOf(checkbox.getValue());
            return checkbox;
        }
        if (!setting.options().isEmpty()) {
            Select<SettingOption> select = new Select<>();
            select.setItems(setting.options());
            select.setItemLabelGenerator(SettingOption::label);
            setting.options().stream().filter(o -> o.value().equals(setting.value())).findFirst()
                    .ifPresent(select::setValue);
            select.setAriaLabel(setting.id());
            select.addThemeVariants(SelectVariant.LUMO_SMALL);
            input = () -> select.getValue() == null ? "" : select.getValue().value();
            validation = select;
            return select;
        }
        TextField text = new TextField();
        text.setValue(setting.value());
        text.setAriaLabel(setting.id());
        text.setManualValidation(true);
        text.setWidthFull();
        text.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        text.addKeyPressListener(Key.ENTER, e -> save());
        input = text::getValue;
        validation = text;
        return text;
    }

    private void save() {
        ParsedValue parsed = SettingValues.parse(setting, input.get());
        if (parsed instanceof ParsedValue.Invalid invalid) {
            String message = getTranslation(invalid.messageKey(), invalid.argumentArray());
            if (validation != null) {
                validation.setErrorMessage(message);
                validation.setInvalid(true);
            }
            SystemConfigurationView.notify(getTranslation("settings.error.notSaved", setting.id(), message),
                    NotificationVariant.LUMO_ERROR);
            return;
        }
        if (validation != null) {
            validation.setInvalid(false);
        }
        saver.save(setting, ((ParsedValue.Valid) parsed).value());
    }
}
