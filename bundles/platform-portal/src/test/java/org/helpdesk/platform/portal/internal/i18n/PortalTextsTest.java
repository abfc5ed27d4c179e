package org.helpdesk.platform.portal.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PortalTextsTest {

    private final PortalTexts texts = new PortalTexts();

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        assertEquals(load("messages.properties").stringPropertyNames(),
                load("messages_de.properties").stringPropertyNames());
    }

    @Test
    void textsAreFormattedInTheirLanguage() {
        assertEquals("Tickets 1–25 of 1,234", texts.in(Locale.ENGLISH).get("tickets.count", 1, 25, 1234));
        assertEquals("Tickets 1–25 von 1.234", texts.in(Locale.GERMAN).get("tickets.count", 1, 25, 1234));
        assertEquals("Öffnen", texts.in(Locale.GERMAN).get("header.open"));
        assertEquals("Open", texts.in(Locale.ENGLISH).get("header.open"));
        assertEquals("!no.such.key!", texts.in(Locale.ENGLISH).get("no.such.key"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortalTexts.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }
}
