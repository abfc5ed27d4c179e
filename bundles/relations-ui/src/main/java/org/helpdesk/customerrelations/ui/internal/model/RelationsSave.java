package org.helpdesk.customerrelations.ui.internal.model;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.ChangeSet;
import org.helpdesk.customerrelations.api.dto.Source;

/** Writes an edit page's pending changes: the bulk first, then the rows the admin changed, as one change set. */
public final class RelationsSave {

    private RelationsSave() {
    }

    /**
     * The bulk and the rows are two writes, each one transaction: the API has no call taking both.
     *
     * @param actor the admin's name; the caller checks the admin role first
     * @return what changed, bulk and rows together
     */
    public static ChangeResult save(CustomerRelationService relations, RelationSide side, PendingChanges pending,
            String actor) {
        ChangeResult result = ChangeResult.NONE;
        if (pending.bulk().isPresent()) {
            PendingChanges.Bulk bulk = pending.bulk().get();
            result = result.plus(relations.applyToAllMatching(side.side(), side.subject(), bulk.filter(),
                    bulk.relate(), Source.ADMIN_VIEW, actor));
        }
        ChangeSet rows = pending.changeSet(side.side(), side.subject());
        if (!rows.isEmpty()) {
            result = result.plus(relations.apply(rows, Source.ADMIN_VIEW, actor));
        }
        // a row the bulk added and its override removed again (or the reverse) did not change on balance
        long twice = pending.roundTrips();
        return new ChangeResult(Math.max(0, result.added() - twice), Math.max(0, result.removed() - twice),
                result.unchanged() + twice);
    }

    /** @return the translation key of the message after a save: what changed, or that nothing did */
    public static String messageKey(ChangeResult result) {
        return result.added() == 0 && result.removed() == 0 ? "relations.saved.nothing" : "relations.saved";
    }
}
