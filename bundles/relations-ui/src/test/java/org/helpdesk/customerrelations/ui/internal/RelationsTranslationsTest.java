package org.helpdesk.customerrelations.ui.internal;

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

import org.helpdesk.customerrelations.api.RelationException;
import org.junit.jupiter.api.Test;

class RelationsTranslationsTest {

    private final RelationsTranslations translations = new RelationsTranslations();

    @Test
    void theLabelsOfTheProductDescription() {
        assertText("Customer Users ↔ Customers", "Kundenbenutzer ↔ Kunden", "relations.nav");
        assertText("Manage Customer User-Customer Relations", "Kundenbenutzer ↔ Kunden-Beziehungen verwalten",
                "relations.overview.title");
        assertText("Link customer users to customers.", "Beziehungen zwischen Kundenbenutzern und Kunden verwalten",
                "relations.overview.description");
        assertText("Change Customer Relations for Customer User", "Kundenbeziehungen für Kundenbenutzer ändern",
                "relations.user.title");
        assertText("Change Customer User Relations for Customer", "Kundenbenutzerbeziehungen für Kunde ändern",
                "relations.customer.title");
        assertText("Customer Users ({0})", "Kundenbenutzer ({0})", "relations.overview.users");
        assertText("Customers ({0})", "Kunden ({0})", "relations.overview.customers");
        assertText("Save", "Speichern", "relations.button.save");
        assertText("Save and finish", "Speichern und abschließen", "relations.button.saveAndFinish");
        assertText("Cancel", "Abbrechen", "relations.button.cancel");
        assertText("Edit Customer", "Kunde bearbeiten", "relations.hostLink.customer");
        assertText("Edit Customer User", "Kundenbenutzer bearbeiten", "relations.hostLink.customerUser");
        assertText("System Configuration", "Systemkonfiguration", "relations.access.settings");
    }

    @Test
    void theSaveMessageSaysWhatChanged() {
        assertEquals("2 added, 1 removed.", format("relations.saved", Locale.ENGLISH, "2", "1"));
        assertEquals("2 hinzugefügt, 1 entfernt.", format("relations.saved", Locale.GERMANY, "2", "1"));
    }

    @Test
    void everyReasonOfARefusedWriteHasAText() {
        for (RelationException.Reason reason : RelationException.Reason.values()) {
            assertTrue(translations.text("relations.error." + reason.name(), Locale.GERMAN).isPresent(), reason.name());
        }
    }

    @Test
    void everyKeyInBothLanguagesWithOurPrefix() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        assertEquals(english.keySet(), german.keySet());
        for (String key : english.stringPropertyNames()) {
            assertTrue(key.startsWith("relations."), key);
            assertFalse(english.getProperty(key).isBlank(), key);
            assertFalse(german.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void textsWithParametersAreValidMessageFormats() throws IOException {
        for (String file : new String[] { "messages.properties", "messages_de.properties" }) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{")) {
                    String formatted = new MessageFormat(text).format(new Object[] { "VALUE", "OTHER" });
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
        Pattern key = Pattern.compile("\"(relations\\.[A-Za-z.]+[A-Za-z])\"");
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

    private String format(String key, Locale locale, Object... args) {
        return new MessageFormat(translations.text(key, locale).orElseThrow(), locale).format(args);
    }

    private void assertText(String english, String german, String key) {
        assertEquals(Optional.of(english), translations.text(key, Locale.ENGLISH), key);
        assertEquals(Optional.of(german), translations.text(key, Locale.GERMAN), key);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RelationsTranslations.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
