package org.helpdesk.platform.web.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class AdminTranslationsTest {

    private final AdminTranslations translations = new AdminTranslations();

    @Test
    void navigationGroupsInBothLanguages() {
        assertEquals("Users, Groups & Roles", translations.getTranslation("nav.group.usersGroupsRoles", Locale.ENGLISH));
        assertEquals("Benutzer, Gruppen & Rollen", translations.getTranslation("nav.group.usersGroupsRoles", Locale.GERMAN));
        assertEquals("Benutzer, Gruppen & Rollen", translations.getTranslation("nav.group.usersGroupsRoles", Locale.GERMANY));
    }

    @Test
    void parametersAreFilledIn() {
        assertEquals("Welcome, admin", translations.getTranslation("start.title", Locale.ENGLISH, "admin"));
        assertEquals("Willkommen, admin", translations.getTranslation("start.title", Locale.GERMAN, "admin"));
    }

    @Test
    void contributedTranslationsAreAskedAfterThePlatformsOwn() {
        translations.bindTranslations((key, locale) -> key.equals("plugin.title")
                ? Optional.of(locale.getLanguage().equals("de") ? "Erweiterung" : "Plugin") : Optional.empty());
        assertEquals("Erweiterung", translations.getTranslation("plugin.title", Locale.GERMAN));
        assertEquals("Plugin", translations.getTranslation("plugin.title", Locale.ENGLISH));
        translations.bindTranslations((key, locale) -> Optional.of("shadow"));
        assertEquals("Helpdesk Admin", translations.getTranslation("shell.title", Locale.ENGLISH));
    }

    @Test
    void unknownKeysStandOut() {
        assertEquals("!no.such.key!", translations.getTranslation("no.such.key", Locale.ENGLISH));
    }

    @Test
    void everyEnglishTextHasAGermanOneAndTheOtherWayRound() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        assertEquals(english.keySet(), german.keySet());
        for (String key : english.stringPropertyNames()) {
            assertTrue(!german.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void providesEnglishAndGerman() {
        assertEquals(java.util.List.of(Locale.ENGLISH, Locale.GERMAN), translations.getProvidedLocales());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AdminTranslations.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
