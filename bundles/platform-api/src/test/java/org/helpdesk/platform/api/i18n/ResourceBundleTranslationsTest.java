package org.helpdesk.platform.api.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ResourceBundleTranslationsTest {

    private final ResourceBundleTranslations translations = new ResourceBundleTranslations(
            "org.helpdesk.platform.api.i18n.testmessages", getClass().getClassLoader());

    @Test
    void germanTextsWinForGerman() {
        assertEquals(Optional.of("Hallo"), translations.text("greeting", Locale.GERMANY));
    }

    @Test
    void missingGermanTextFallsBackToTheBaseFile() {
        assertEquals(Optional.of("Only English"), translations.text("onlyEnglish", Locale.GERMAN));
    }

    @Test
    void otherLanguagesGetTheBaseFile() {
        assertEquals(Optional.of("Hello"), translations.text("greeting", Locale.FRENCH));
    }

    @Test
    void unknownKeysAreEmpty() {
        assertTrue(translations.text("nope", Locale.ENGLISH).isEmpty());
    }

    @Test
    void aMissingBundleIsReportedAtOnce() {
        assertThrows(MissingResourceException.class,
                () -> new ResourceBundleTranslations("no.such.messages", getClass().getClassLoader()));
    }
}
