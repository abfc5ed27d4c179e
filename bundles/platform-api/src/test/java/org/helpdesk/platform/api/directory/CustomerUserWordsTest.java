package org.helpdesk.platform.api.directory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.junit.jupiter.api.Test;

class CustomerUserWordsTest {

    private final CustomerUser mary = new CustomerUser("m.vonbraun", "Mary Ann", "von Braun-Smith",
            "Mary@Partner-06.example", "partner-06", true, "partners");

    @Test
    void aWordMatchesTheStartOfAnyField() {
        assertTrue(matches("m.von"));
        assertTrue(matches("MARY"));
        assertTrue(matches("von"));
        assertTrue(matches("mary@"));
        assertTrue(matches("partner-06.ex"));
        assertTrue(matches("partner-0"));
        assertFalse(matches("vonbraun"));
        assertFalse(matches("example"));
    }

    @Test
    void namePartsAfterABlankOrHyphenMatchAsWords() {
        assertTrue(matches("ann"));
        assertTrue(matches("braun"));
        assertTrue(matches("smith"));
        assertFalse(matches("raun"));
    }

    @Test
    void aLeadingStarMatchesAnywhereAndInnerStarsAnyText() {
        assertTrue(matches("*raun"));
        assertTrue(matches("*example"));
        assertTrue(matches("m*braun"));
        assertFalse(matches("braun*von"));
    }

    @Test
    void everyWordMustMatch() {
        assertTrue(matches("mary braun"));
        assertFalse(matches("mary jones"));
        assertTrue(matches("   "));
    }

    private boolean matches(String text) {
        return CustomerUserWords.matches(mary, CustomerUserWords.terms(text));
    }
}
