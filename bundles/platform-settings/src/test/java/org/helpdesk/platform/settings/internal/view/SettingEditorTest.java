package org.helpdesk.platform.settings.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.helpdesk.platform.settings.internal.model.Setting;
import org.helpdesk.platform.settings.internal.model.SettingType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

class SettingEditorTest {

    private final List<Object> saved = new ArrayList<>();

    @BeforeEach
    void ui() {
        UI.setCurrent(new UI());
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void aBooleanIsACheckboxThatSavesABoolean() {
        SettingEditor editor = editor(setting("CustomerDisableCompanyTicketAccess", SettingType.BOOLEAN, "false"));
        Checkbox checkbox = find(editor, Checkbox.class, "setting-CustomerDisableCompanyTicketAccess");
        assertFalse(checkbox.getValue());
        checkbox.setValue(true);
        find(editor, Button.class, "save-CustomerDisableCompanyTicketAccess").click();
        assertEquals(List.of(true), saved);
    }

    @Test
    void aNumberIsSavedAsItsType() {
        SettingEditor editor = editor(setting("pageSize", SettingType.INTEGER, "25"));
        find(editor, TextField.class, "setting-pageSize").setValue("50");
        find(editor, Button.class, "save-pageSize").click();
        assertEquals(List.of(50), saved);
    }

    @Test
    void badInputMarksTheFieldAndSavesNothing() {
        SettingEditor editor = editor(setting("pageSize", SettingType.INTEGER, "25"));
        TextField field = find(editor, TextField.class, "setting-pageSize");
        field.setValue("many");
        find(editor, Button.class, "save-pageSize").click();
        assertTrue(field.isInvalid());
        assertTrue(field.getErrorMessage().contains("settings.error.wholeNumber"), field.getErrorMessage());
        assertEquals(List.of(), saved);

        field.setValue("30");
        find(editor, Button.class, "save-pageSize").click();
        assertFalse(field.isInvalid());
        assertEquals(List.of(30), saved);
    }

    @Test
    void passwordsAreShownHiddenAndCannotBeSaved() {
        SettingEditor editor = editor(setting("secret", SettingType.PASSWORD, "••••••••"));
        assertEquals("••••••••", find(editor, Span.class, "setting-secret").getText());
        assertTrue(editor.getChildren().noneMatch(Button.class::isInstance));
    }

    private SettingEditor editor(Setting setting) {
        return new SettingEditor(setting, (s, value) -> saved.add(value));
    }

    private static Setting setting(String id, SettingType type, String value) {
        return new Setting(null, "org.helpdesk.test", null, null, id, id, "", type, false, value, value, List.of());
    }

    private static <T extends Component> T find(SettingEditor editor, Class<T> type, String id) {
        return editor.getChildren().filter(c -> id.equals(c.getId().orElse(null))).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " with id " + id));
    }
}
