package org.helpdesk.platform.directory.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;

import org.helpdesk.testsupport.TranslationFiles;
import org.junit.jupiter.api.Test;

class DirectoryUiTranslationsTest {

    private static final TranslationFiles FILES = TranslationFiles.of(DirectoryUiTranslations.class, "directory.");

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
    void everyKeyInBothLanguagesWithOurPrefix() {
        FILES.assertSameKeysWithPrefixAndNoBlanks();
    }

    @Test
    void germanIsReadAsUtf8() {
        assertEquals(Optional.of("Löschen"), translations.text("directory.button.delete", Locale.GERMAN));
        assertEquals(Optional.of("Kunde „acme“ gespeichert."), translations.text("directory.customerEdit.saved", Locale.GERMAN)
                .map(text -> new MessageFormat(text, Locale.GERMAN).format(new Object[] { "acme" })));
    }

    @Test
    void textsWithParametersAreValidMessageFormats() {
        FILES.assertValidMessageFormats("VALUE", 150);
    }

    @Test
    void everyKeyTheCodeUsesExists() {
        FILES.assertKeysUsedInSourcesExist(Path.of("src/main/java"));
    }

    private void assertText(String english, String german, String key) {
        assertEquals(Optional.of(english), translations.text(key, Locale.ENGLISH), key);
        assertEquals(Optional.of(german), translations.text(key, Locale.GERMAN), key);
    }
}
