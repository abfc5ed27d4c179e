package org.helpdesk.platform.directory.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DirectoryUiTranslationsTest {

    private final DirectoryUiTranslations translations = new DirectoryUiTranslations();

    @Test
    void navigationAndTitlesInBothLanguages() {
        assertText("Customers", "Kunden", "directory.nav.customers");
        assertText("Customer Users", "Kundenbenutzer", "directory.nav.customerUsers");
        assertText("Edit Customer", "Kunde bearbeiten", "directory.customerEdit.title");
        assertText("Edit Customer User", "Kundenbenutzer bearbeiten", "directory.customerUserEdit.title");
        assertText("Customers ({0})", "Kunden ({0})", "directory.customers.heading");
        assertText("Customer Users ({0})", "Kundenbenutzer ({0})", "directory.customerUsers.heading");
    }

    @Test
    void regionalLocalesFallBackToTheirLanguage() {
        assertEquals(Optional.of("Kunden"), translations.text("directory.nav.customers", Locale.GERMANY));
        assertEquals(Optional.of("Customers"), translations.text("directory.nav.customers", Locale.FRENCH));
    }

    @Test
    void unknownKeysAreLeftToOthers() {
        assertEquals(Optional.empty(), translations.text("nav.group.system", Locale.ENGLISH));
    }

    @Test
    void everyKeyInBothLanguagesWithOurPrefix() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        assertEquals(english.keySet(), german.keySet());
        for (String key : english.stringPropertyNames()) {
            assertTrue(key.startsWith("directory."), key);
            assertFalse(english.getProperty(key).isBlank(), key);
            assertFalse(german.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void germanIsReadAsUtf8() {
        assertEquals(Optional.of("Löschen"), translations.text("directory.button.delete", Locale.GERMAN));
        assertEquals(Optional.of("Kunde „acme“ gespeichert."), translations.text("directory.customerEdit.saved", Locale.GERMAN)
                .map(text -> new MessageFormat(text, Locale.GERMAN).format(new Object[] { "acme" })));
    }

    @Test
    void textsWithParametersAreValidMessageFormats() throws IOException {
        for (String file : new String[] { "messages.properties", "messages_de.properties" }) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{")) {
                    String formatted = new MessageFormat(text).format(new Object[] { "VALUE", 150 });
                    assertTrue(formatted.contains("VALUE"), file + " " + key + ": " + formatted);
                    assertFalse(text.contains("'"), file + " " + key + ": quotes vanish in MessageFormat");
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties english = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        Pattern key = Pattern.compile("\"(directory\\.[A-Za-z.]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + source.getFileName());
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private void assertText(String english, String german, String key) {
        assertEquals(Optional.of(english), translations.text(key, Locale.ENGLISH), key);
        assertEquals(Optional.of(german), translations.text(key, Locale.GERMAN), key);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DirectoryUiTranslations.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
