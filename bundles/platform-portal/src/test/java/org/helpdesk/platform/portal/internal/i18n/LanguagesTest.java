package org.helpdesk.platform.portal.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theBrowserDecidesByPreference() {
        assertEquals(Locale.GERMAN, Languages.choose(null, "de-DE,de;q=0.9,en;q=0.8"));
        assertEquals(Locale.ENGLISH, Languages.choose(null, "en-US,en;q=0.9,de;q=0.8"));
        assertEquals(Locale.GERMAN, Languages.choose(null, "fr-FR,fr;q=0.9,de;q=0.5,en;q=0.3"));
        assertEquals(Locale.GERMAN, Languages.choose(null, "de-AT"));
    }

    @Test
    void englishIsTheDefault() {
        assertEquals(Locale.ENGLISH, Languages.choose(null, null));
        assertEquals(Locale.ENGLISH, Languages.choose(null, ""));
        assertEquals(Locale.ENGLISH, Languages.choose(null, "fr-FR,ja"));
        assertEquals(Locale.ENGLISH, Languages.choose(null, "*"));
        assertEquals(Locale.ENGLISH, Languages.choose(null, ";;;q=x,,"));
    }

    @Test
    void thePickedLanguageWins() {
        assertEquals(Locale.ENGLISH, Languages.choose("en", "de-DE"));
        assertEquals(Locale.GERMAN, Languages.choose("de", "en-US"));
        assertEquals(Locale.GERMAN, Languages.choose("fr", "de"), "unsupported picks are ignored");
    }
}
