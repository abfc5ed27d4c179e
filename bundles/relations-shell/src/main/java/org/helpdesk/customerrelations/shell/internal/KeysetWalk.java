package org.helpdesk.customerrelations.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Walks all IDs or logins of a directory search in keyset pages ("the next 10,000 after the last one"),
 * so that no page costs a deep OFFSET.
 */
final class KeysetWalk {

    static final int PAGE = 10_000;

    /** One page of a directory search, ascending, starting after {@code after} ({@code null}: from the start). */
    @FunctionalInterface
    interface Pages {
        List<String> after(String after, int limit);
    }

    private KeysetWalk() {
    }

    static void forEach(Pages pages, Consumer<String> action) {
        String after = null;
        while (true) {
            List<String> page = pages.after(after, PAGE);
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1);
        }
    }

    static List<String> all(Pages pages) {
        List<String> all = new ArrayList<>();
        forEach(pages, all::add);
        return all;
    }

    /** @return a uniform sample of up to {@code size} of them, in random order (one pass, reservoir sampling) */
    static List<String> sample(Pages pages, int size, Random random) {
        Reservoir sample = new Reservoir(size, random);
        forEach(pages, sample::offer);
        return sample.items();
    }
}
