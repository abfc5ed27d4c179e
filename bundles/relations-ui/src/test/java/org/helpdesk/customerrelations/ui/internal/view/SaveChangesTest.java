package org.helpdesk.customerrelations.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.ui.internal.model.ListSide;
import org.helpdesk.customerrelations.ui.internal.model.RecordingRelations;
import org.helpdesk.customerrelations.ui.internal.model.RelationsEdit;
import org.helpdesk.platform.api.admin.AdminRoles;
import org.helpdesk.platform.api.admin.AdminUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;

/** Save as the signed-in admin; notifications need a UI, the admin a session, neither a server. */
class SaveChangesTest {

    private final RecordingRelations relations = new RecordingRelations();
    private final SaveChanges save = new SaveChanges(new Div(), relations.service());
    private final RelationsEdit edit = new RelationsEdit(new ListSide("alice", List.of("acme", "globex")));
    private final List<String> saved = new ArrayList<>();

    SaveChangesTest() {
        UI.setCurrent(new UI());
    }

    @AfterEach
    void noCurrentInstances() {
        CurrentInstance.clearAll();
    }

    @Test
    void nothingPendingIsDoneAtOnce() {
        assertTrue(save.save(edit, () -> saved.add("saved")));
        assertEquals(List.of(), relations.writes);
        assertEquals(List.of(), saved);
    }

    @Test
    void theAdminsChangesAreWrittenAndForgotten() {
        signIn(AdminRoles.ADMIN);
        edit.set(ListSide.row("globex"), true, "");
        assertTrue(save.save(edit, () -> saved.add("saved")));
        assertEquals(List.of("apply alice +[globex] -[] admin"), relations.writes);
        assertEquals(List.of("saved"), saved);
        assertFalse(edit.isDirty());
    }

    @Test
    void withoutTheAdminRoleNothingIsWritten() {
        signIn("agent");
        edit.set(ListSide.row("globex"), true, "");
        assertFalse(save.save(edit, () -> saved.add("saved")));
        assertEquals(List.of(), relations.writes);
        assertEquals(List.of(), saved);
        assertTrue(edit.isDirty(), "the changes stay for another try");
    }

    @Test
    void aRefusedWriteKeepsTheChanges() {
        signIn(AdminRoles.ADMIN);
        relations.failure = new RelationException(Reason.PRIMARY_CUSTOMER, "acme", "primary");
        edit.set(ListSide.row("acme"), true, "");
        assertFalse(save.save(edit, () -> saved.add("saved")));
        assertEquals(List.of(), saved);
        assertTrue(edit.isDirty());
    }

    private static void signIn(String role) {
        AdminUser user = new AdminUser(role.equals(AdminRoles.ADMIN) ? "admin" : role, Set.of(role));
        VaadinSession.setCurrent(new VaadinSession(null) {
            private static final long serialVersionUID = 1L;

            @Override
            public <T> T getAttribute(Class<T> type) {
                return type == AdminUser.class ? type.cast(user) : null;
            }
        });
    }
}
