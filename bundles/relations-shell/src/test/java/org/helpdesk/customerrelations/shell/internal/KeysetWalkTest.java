package org.helpdesk.customerrelations.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KeysetWalkTest {

    /** 25,001 sorted IDs, served in keyset pages; the calls are recorded as "after/limit". */
    private final List<String> ids = IntStream.rangeClosed(0, 25_000).mapToObj(i -> String.format("u%06d", i)).toList();
    private final List<String> calls = new ArrayList<>();
    private final KeysetWalk.Pages pages = (after, limit) -> {
        calls.add(after + "/" + limit);
        return ids.stream().filter(id -> after == null || id.compareTo(after) > 0).limit(limit).toList();
    };

    @Test
    void everyIdOnceInOrderPageByPage() {
        assertEquals(ids, KeysetWalk.all(pages));
        assertEquals(List.of("null/10000", "u009999/10000", "u019999/10000"), calls);
    }

    @Test
    void aFullLastPageCostsOneEmptyPageMore() {
        List<String> exact = ids.subList(0, KeysetWalk.PAGE);
        KeysetWalk.Pages onePage = (after, limit) -> after == null ? exact : List.of();
        assertEquals(exact, KeysetWalk.all(onePage));
    }

    @Test
    void theSampleIsDrawnFromTheWholeWalk() {
        List<String> sample = KeysetWalk.sample(pages, 100, new Random(7));
        assertEquals(100, new HashSet<>(sample).size());
        assertTrue(sample.stream().anyMatch(id -> id.compareTo("u020000") >= 0), "the last page counts too");
        assertEquals(sample, KeysetWalk.sample(pages, 100, new Random(7)), "the same seed, the same sample");
        assertEquals(List.of(), KeysetWalk.sample((after, limit) -> List.of(), 5, new Random(1)));
    }
}
