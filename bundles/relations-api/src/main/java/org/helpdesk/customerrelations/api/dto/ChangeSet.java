package org.helpdesk.customerrelations.api.dto;

import java.util.Objects;
import java.util.Set;

/**
 * Rows to add and rows to remove for one subject, applied as one transaction. Only these rows are
 * written; relations of the subject that are in neither set stay as they are.
 *
 * @param side what the subject is
 * @param subject the login or customer ID the change is about
 * @param add the other side's IDs to relate
 * @param remove the other side's IDs to unrelate
 */
public record ChangeSet(Side side, String subject, Set<String> add, Set<String> remove) {

    public ChangeSet {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(subject, "subject");
        add = Set.copyOf(add);
        remove = Set.copyOf(remove);
    }

    /** @return whether there is nothing to write */
    public boolean isEmpty() {
        return add.isEmpty() && remove.isEmpty();
    }
}
