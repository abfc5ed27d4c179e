package org.helpdesk.platform.directory.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsThatStartAnotherWordOfTheUserAreLeftOut() {
        assertEquals(List.of("smith", "anna.smith@blue.example", "blue.example"),
                SearchWords.stored("anna.smith", "anna", "smith", "anna.smith@blue.example"));
    }

    @Test
    void emptyAndRepeatedWordsAreStoredOnce() {
        assertEquals(List.of("bob"), SearchWords.stored("bob", "bob", "", null));
        assertEquals(List.of("anne", "anna"), SearchWords.stored("anne", "ann", "anna", ""));
    }

    @Test
    void namePartsAfterABlankOrHyphenAreWordsToo() {
        assertEquals(List.of("mary ann", "ann", "von braun", "braun", "mb@x.example", "x.example"),
                SearchWords.stored("mb", "mary ann", "von braun", "mb@x.example"));
        assertEquals(List.of("li", "smith--jones", "jones"), SearchWords.stored("li", "", "smith--jones", ""));
    }

    @Test
    void allKeepsEveryDistinctWordForDeletes() {
        assertEquals(Set.of("anna.smith", "anna", "smith"), SearchWords.all("anna.smith", "anna", "smith", ""));
    }
}
