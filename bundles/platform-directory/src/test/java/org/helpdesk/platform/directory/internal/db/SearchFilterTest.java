package org.helpdesk.platform.directory.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helpdesk.platform.directory.internal.db.SearchFilter.Term;
import org.junit.jupiter.api.Test;

class SearchFilterTest {

    @Test
    void wordsBecomeLowerCasePrefixAndAnywherePatterns() {
        assertEquals(List.of(new Term("smi%", "%smi%"), new Term("acme%", "%acme%")),
                SearchFilter.parse("  Smi   ACME ").getTerms());
    }

    @Test
    void starIsAWildcard() {
        assertEquals(List.of(new Term("s%th%", "%s%th%")), SearchFilter.parse("s*th").getTerms());
        assertEquals(List.of(new Term("%mith%", "%mith%")), SearchFilter.parse("*mith").getTerms());
        assertEquals(List.of(new Term("ali%", "%ali%")), SearchFilter.parse("ali*").getTerms());
        assertEquals(List.of(new Term("a%b%", "%a%b%")), SearchFilter.parse("a**b").getTerms());
    }

    @Test
    void likeCharactersAreEscaped() {
        assertEquals(List.of(new Term("100!%%", "%100!%%"), new Term("a!_b%", "%a!_b%"), new Term("x!!%", "%x!!%")),
                SearchFilter.parse("100% a_b x!").getTerms());
    }

    @Test
    void emptyAndStarOnlyFiltersMatchEverything() {
        assertTrue(SearchFilter.parse("").isEmpty());
        assertTrue(SearchFilter.parse("   ").isEmpty());
        assertTrue(SearchFilter.parse(null).isEmpty());
        assertTrue(SearchFilter.parse("* **").isEmpty());
    }
}
