package org.helpdesk.customerrelations.ui.internal.view;

import java.io.Serializable;

import org.helpdesk.customerrelations.ui.internal.model.RelationsEdit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * What the grid's header checkbox does: it sets or clears every row of the current search as one bulk
 * change waiting for Save. A bulk over many rows, or one that would replace the pending bulk of
 * another search, is confirmed first.
 */
final class SelectAll implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Bulk changes above this many rows are confirmed first. */
    static final long CONFIRM_ABOVE = 100;

    private final Component owner;
    private final SerializableRunnable restore;
    private final SerializableRunnable applied;

    /**
     * @param owner the page, for its translations
     * @param restore shows the pending changes again, e.g. the header checkbox after a cancel
     * @param applied shows the rows and the pending changes after a bulk was set
     */
    SelectAll(Component owner, SerializableRunnable restore, SerializableRunnable applied) {
        this.owner = owner;
        this.restore = restore;
        this.applied = applied;
    }

    /** The admin set ({@code relate}) or cleared the header checkbox while the page showed {@code search}. */
    void ask(RelationsEdit edit, String search, boolean relate) {
        String filter = search.strip();
        long rows = edit.side().count(filter);
        if (rows == 0) {
            Ui.info(owner.getTranslation("relations.bulk.none"));
            restore.run();
            return;
        }
        boolean replaces = edit.pending().wouldReplaceOtherBulk(filter);
        if (rows <= CONFIRM_ABOVE && !replaces) {
            apply(edit, filter, relate, rows);
            return;
        }
        String text = owner.getTranslation(SearchBar.bulkKey(relate, filter), Long.toString(rows), filter);
        if (replaces) {
            text += " " + owner.getTranslation("relations.bulk.confirm.replace",
                    edit.pending().bulk().orElseThrow().filter());
        }
        Ui.confirm("confirm-select-all", owner.getTranslation("relations.bulk.confirm.title", Long.toString(rows)),
                text, owner.getTranslation("relations.bulk.confirm.ok"),
                owner.getTranslation("relations.button.cancel"), false, () -> apply(edit, filter, relate, rows),
                restore).open();
    }

    private void apply(RelationsEdit edit, String filter, boolean relate, long rows) {
        edit.setAll(filter, relate, rows);
        applied.run();
        Ui.info(owner.getTranslation(SearchBar.bulkKey(relate, filter), Long.toString(rows), filter));
    }
}
