package org.helpdesk.customerrelations.shell.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A uniform random sample of fixed size from a stream of unknown length (reservoir sampling). */
final class Reservoir {

    private final int size;
    private final Random random;
    private final List<String> items;
    private long seen;

    Reservoir(int size, Random random) {
        this.size = size;
        this.random = random;
        this.items = new ArrayList<>(size);
    }

    void offer(String item) {
        seen++;
        if (items.size() < size) {
            items.add(item);
        } else {
            long slot = (long) (random.nextDouble() * seen);
            if (slot < size) {
                items.set((int) slot, item);
            }
        }
    }

    /** @return the sample in random order */
    List<String> items() {
        List<String> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }
}
