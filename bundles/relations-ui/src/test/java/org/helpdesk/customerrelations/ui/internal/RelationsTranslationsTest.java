package org.helpdesk.customerrelations.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.testsupport.TranslationFiles;
import org.junit.jupiter.api.Test;

class RelationsTranslationsTest {

    private static final TranslationFiles FILES = TranslationFiles.of(RelationsTranslations.class, "relations.");

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
    void everyKeyInBothLanguagesWithOurPrefix() {
        FILES.assertSameKeysWithPrefixAndNoBlanks();
    }

    @Test
    void textsWithParametersAreValidMessageFormats() {
        FILES.assertValidMessageFormats("VALUE", "OTHER");
    }

    @Test
    void everyKeyTheCodeUsesExists() {
        FILES.assertKeysUsedInSourcesExist(Path.of("src/main/java"));
    }

    private String format(String key, Locale locale, Object... args) {
        return new MessageFormat(translations.text(key, locale).orElseThrow(), locale).format(args);
    }

    private void assertText(String english, String german, String key) {
        assertEquals(Optional.of(english), translations.text(key, Locale.ENGLISH), key);
        assertEquals(Optional.of(german), translations.text(key, Locale.GERMAN), key);
    }
}
