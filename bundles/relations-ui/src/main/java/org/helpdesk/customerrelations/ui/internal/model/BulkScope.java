package org.helpdesk.customerrelations.ui.internal.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells whether a shown row is covered by the pending bulk. While the admin looks at the bulk's own
 * search, every row is; under another search the directory is asked once per row and the answer is
 * kept until the bulk changes.
 */
public final class BulkScope {

    private final RelationSide side;
    private final Map<String, Boolean> answers = new HashMap<>();
    private String answeredFor;

    public BulkScope(RelationSide side) {
        this.side = side;
    }

    public boolean covers(PendingChanges pending, String currentFilter, String id) {
        Optional<PendingChanges.Bulk> bulk = pending.bulk();
        if (bulk.isEmpty()) {
            return false;
        }
        String filter = bulk.get().filter();
        if (filter.isEmpty() || bulk.get().sameFilter(currentFilter)) {
            return true;
        }
        if (!filter.equals(answeredFor)) {
            answers.clear();
            answeredFor = filter;
        }
        return answers.computeIfAbsent(id.toLowerCase(Locale.ROOT), key -> side.matches(filter, id));
    }

    /** Forget the answers, e.g. after a save, when the directory may have changed. */
    public void reset() {
        answers.clear();
        answeredFor = null;
    }
}
