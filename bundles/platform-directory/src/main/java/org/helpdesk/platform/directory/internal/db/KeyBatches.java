package org.helpdesk.platform.directory.internal.db;

import static org.helpdesk.platform.directory.internal.db.Lower.lower;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Keys for {@code IN (...)} lookups: folded, without blanks and repeats, in lists short enough for one query. */
public final class KeyBatches {

    /** Keys per query: well below what Derby and PostgreSQL accept as parameters. */
    static final int SIZE = 500;

    private KeyBatches() {
    }

    public static List<List<String>> of(Collection<String> keys) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String key : keys) {
            if (key != null && !key.isBlank()) {
                distinct.add(lower(key.strip()));
            }
        }
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>(SIZE);
        for (String key : distinct) {
            batch.add(key);
            if (batch.size() == SIZE) {
                batches.add(batch);
                batch = new ArrayList<>(SIZE);
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}
