package org.helpdesk.customerrelations.ui.internal.view;

import java.io.Serializable;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.ui.internal.model.RelationsEdit;
import org.helpdesk.customerrelations.ui.internal.model.RelationsSave;
import org.helpdesk.platform.api.admin.AdminUser;

import com.vaadin.flow.component.Component;

/** Save on an edit page: writes what is pending as the signed-in admin and tells how it went. */
final class SaveChanges implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Component owner;
    private final transient CustomerRelationService relations;

    /** @param owner the page, for its translations */
    SaveChanges(Component owner, CustomerRelationService relations) {
        this.owner = owner;
        this.relations = relations;
    }

    /**
     * @param saved shows the page's new state; runs only after a write
     * @return whether everything pending was written (or nothing was pending)
     */
    boolean save(RelationsEdit edit, Runnable saved) {
        if (!edit.isDirty()) {
            Ui.info(owner.getTranslation("relations.saved.nothing"));
            return true;
        }
        try {
            String actor = AdminUser.requireAdmin().name();
            ChangeResult result = edit.save(relations, actor);
            saved.run();
            Ui.success(owner.getTranslation(RelationsSave.messageKey(result), Long.toString(result.added()),
                    Long.toString(result.removed())));
            return true;
        } catch (SecurityException e) {
            Ui.error(owner.getTranslation("relations.error.permission"));
        } catch (RelationException e) {
            Ui.error(owner.getTranslation("relations.error." + e.reason().name(), String.valueOf(e.value())));
        }
        return false;
    }
}
