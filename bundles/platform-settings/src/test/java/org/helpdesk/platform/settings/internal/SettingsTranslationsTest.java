package org.helpdesk.platform.settings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.helpdesk.platform.settings.internal.model.SettingType;
import org.helpdesk.platform.settings.internal.model.SettingValues;
import org.junit.jupiter.api.Test;

class SettingsTranslationsTest {

    private final SettingsTranslations translations = new SettingsTranslations();

    @Test
    void theNavigationEntryInBothLanguages() {
        assertEquals(Optional.of("System Configuration"), translations.text("settings.nav", Locale.ENGLISH));
        assertEquals(Optional.of("Systemkonfiguration"), translations.text("settings.nav", Locale.GERMANY));
    }

    @Test
    void everyEnglishTextHasAGermanOneAndAllKeysAreOurs() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        assertEquals(english.keySet(), german.keySet());
        for (String key : english.stringPropertyNames()) {
            assertTrue(key.startsWith("settings."), key);
            assertFalse(german.getProperty(key).isBlank(), key);
        }
        assertTrue(german.getProperty("settings.error.option").contains("Wählen"), "read as UTF-8");
    }

    @Test
    void everyTypeAndErrorHasAText() {
        for (SettingType type : SettingType.values()) {
            assertTrue(translations.text(type.labelKey(), Locale.GERMAN).isPresent(), type.labelKey());
        }
        for (String key : new String[] { SettingValues.REQUIRED, SettingValues.NOT_BOOLEAN,
                SettingValues.NOT_WHOLE_NUMBER, SettingValues.NOT_DECIMAL, SettingValues.NOT_CHARACTER,
                SettingValues.NOT_AN_OPTION }) {
            assertTrue(translations.text(key, Locale.ENGLISH).isPresent(), key);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SettingsTranslations.class.getResourceAsStream(name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
