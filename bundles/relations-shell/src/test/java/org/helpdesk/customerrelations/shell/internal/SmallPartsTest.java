package org.helpdesk.customerrelations.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void stats() {
        Stats s = Stats.of(IntStream.rangeClosed(1, 100).asDoubleStream().toArray());
        assertEquals(50.5, s.median());
        assertEquals(99.0, s.p99());
        assertEquals(100.0, s.max());
        assertEquals(3.0, Stats.of(new double[] {5, 1, 3}).median());
        assertEquals(7.0, Stats.of(new double[] {7}).p99());
    }

    @Test
    void reservoirTakesDistinctItemsFromTheWholeStream() {
        Reservoir r = new Reservoir(10, new Random(1));
        IntStream.range(0, 10_000).forEach(i -> r.offer("u" + i));
        assertEquals(10, new HashSet<>(r.items()).size());
        assertTrue(r.items().stream().anyMatch(s -> Integer.parseInt(s.substring(1)) >= 5000),
                "later items get picked too");
        Reservoir small = new Reservoir(10, new Random(1));
        small.offer("a");
        assertEquals(1, small.items().size());
    }

    @Test
    void pagingIsCheckedAndDescribed() {
        assertEquals("--limit must be 1 to 1000: 0",
                assertThrows(IllegalArgumentException.class, () -> Paging.check(0, 0)).getMessage());
        assertEquals("--offset must not be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> Paging.check(-1, 10)).getMessage());
        assertEquals("51-100 of 230 customers", Paging.footer(50, 50, 230, "customers"));
        assertEquals("0 of 0 customers", Paging.footer(0, 0, 0, "customers"));
    }

    @Test
    void relationKinds() {
        assertEquals("primary", ListCommand.kind(true, false));
        assertEquals("primary, related", ListCommand.kind(true, true));
        assertEquals("related", ListCommand.kind(false, true));
        assertEquals("", ListCommand.kind(false, false));
    }

    @Test
    void completionFilters() {
        assertEquals("al", Completions.asFilter(" al* x"));
        assertEquals("", Completions.asFilter(""));
    }
}
