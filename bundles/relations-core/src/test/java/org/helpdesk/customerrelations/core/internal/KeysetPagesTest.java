package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

class KeysetPagesTest {

    private final List<String> ids = List.of("a", "b", "c", "d", "e");
    private final List<String> asked = new ArrayList<>();

    /** The IDs after a key, as the directory pages them. */
    private List<String> page(String after, int limit) {
        asked.add(after);
        return ids.stream().filter(id -> after == null || id.compareTo(after) > 0).limit(limit).toList();
    }

    private static List<List<String>> all(KeysetPages pages) {
        List<List<String>> all = new ArrayList<>();
        pages.forEachRemaining(all::add);
        return all;
    }

    @Test
    void walksThePagesAfterTheLastKeyUntilAShortPage() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e")),
                all(new KeysetPages(this::page, 2, id -> false)));
        assertEquals(Arrays.asList(null, "b", "d"), asked);
    }

    @Test
    void aFullLastPageCostsOneEmptyPage() {
        assertEquals(List.of(List.of("a", "b", "c", "d", "e"), List.of()),
                all(new KeysetPages(this::page, 5, id -> false)));
        assertEquals(Arrays.asList(null, "e"), asked);
    }

    @Test
    void skippedIdsAreLeftOutButTheWalkContinuesAfterThem() {
        assertEquals(List.of(List.of("a"), List.of("c"), List.of("e")),
                all(new KeysetPages(this::page, 2, id -> id.equals("b") || id.equals("d"))));
        assertEquals(Arrays.asList(null, "b", "d"), asked);
    }

    @Test
    void hasNextDoesNotAskTwiceAndTheEndIsTheEnd() {
        KeysetPages pages = new KeysetPages(this::page, 10, id -> false);
        assertTrue(pages.hasNext());
        assertTrue(pages.hasNext());
        assertEquals(1, asked.size());
        assertEquals(ids, pages.next());
        assertFalse(pages.hasNext());
        assertThrows(NoSuchElementException.class, pages::next);
        assertEquals(1, asked.size());
    }

    @Test
    void anEmptyDirectoryGivesOneEmptyPage() {
        assertEquals(List.of(List.of()), all(new KeysetPages((after, limit) -> List.of(), 10, id -> false)));
    }
}
