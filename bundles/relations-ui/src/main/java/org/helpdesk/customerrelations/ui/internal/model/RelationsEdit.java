package org.helpdesk.customerrelations.ui.internal.model;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.ChangeResult;

/**
 * What one edit page works on: its subject's side, the changes waiting for Save, and which rows the
 * pending bulk covers. A row the page locks (the primary, while the backend includes it anyway)
 * always shows related and takes no change.
 */
public final class RelationsEdit {

    private final RelationSide side;
    private final PendingChanges pending = new PendingChanges();
    private final BulkScope scope;

    public RelationsEdit(RelationSide side) {
        this.side = side;
        this.scope = new BulkScope(side);
    }

    public RelationSide side() {
        return side;
    }

    public PendingChanges pending() {
        return pending;
    }

    /** @return whether the row's checkbox shows checked while the page shows {@code filter} */
    public boolean shows(RelationRow row, String filter) {
        if (row.locked()) {
            return true;
        }
        return pending.shows(row.id(), row.stored(), scope.covers(pending, filter, row.id()));
    }

    /** The admin set a row's checkbox while the page shows {@code filter}. */
    public void set(RelationRow row, boolean checked, String filter) {
        if (row.locked()) {
            return;
        }
        pending.set(row.id(), checked, row.stored(), scope.covers(pending, filter, row.id()));
    }

    /** The admin set or cleared all {@code rows} rows matching {@code filter}. */
    public void setAll(String filter, boolean relate, long rows) {
        pending.setAll(filter, relate, rows, id -> side.matches(filter, id));
        scope.reset();
    }

    /**
     * Writes what is pending and forgets it; when a write is refused, everything stays pending.
     *
     * @param actor the admin's name; the caller checks the admin role first
     */
    public ChangeResult save(CustomerRelationService relations, String actor) {
        ChangeResult result = RelationsSave.save(relations, side, pending, actor);
        pending.clear();
        scope.reset();
        return result;
    }

    /** @return whether anything waits for Save */
    public boolean isDirty() {
        return pending.isDirty();
    }

    /** Drops what is pending, e.g. when the admin cancels or discards. */
    public void clear() {
        pending.clear();
    }
}
