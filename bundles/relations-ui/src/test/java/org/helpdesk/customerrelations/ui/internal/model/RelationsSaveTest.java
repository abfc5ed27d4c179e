package org.helpdesk.customerrelations.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.ui.internal.fakes.FakeRelations;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.testsupport.directory.FakeCustomers;
import org.helpdesk.testsupport.directory.FakeDirectory;
import org.junit.jupiter.api.Test;

class RelationsSaveTest {

    private final FakeRelations relations = new FakeRelations();
    private final FakeCustomers customers = new FakeDirectory().addCustomer("acme", "Acme Corp", true)
            .addCustomer("globex", "Globex", true).addCustomer("initech", "Initech", true).customers();
    private final CustomerUser alice = new CustomerUser("alice", "Alice", "Smith", "alice@acme.example", "acme", true, "db");
    private final RelationSide side = new CustomersOfUser(relations, customers, alice, false);
    private final PendingChanges pending = new PendingChanges();

    @Test
    void rowsGoAsOneChangeSetFromTheAdminView() {
        pending.set("globex", true, false, false);
        pending.set("initech", false, true, false);
        ChangeResult result = RelationsSave.save(relations, side, pending, "admin");
        assertEquals(List.of("apply CUSTOMER_USER alice +[globex] -[initech] ADMIN_VIEW admin"), relations.writes);
        assertEquals(new ChangeResult(1, 1, 0), result);
        assertEquals("relations.saved", RelationsSave.messageKey(result));
    }

    @Test
    void theBulkIsWrittenFirstSoThatLaterToggleWin() {
        relations.bulkResult = new ChangeResult(5, 0, 2);
        pending.setAll("it", true, 7, id -> false);
        pending.set("it-3", false, false, true);
        pending.set("other", true, false, false);
        ChangeResult result = RelationsSave.save(relations, side, pending, "admin");
        assertEquals(List.of("all CUSTOMER_USER alice 'it' true ADMIN_VIEW admin",
                "apply CUSTOMER_USER alice +[other] -[it-3] ADMIN_VIEW admin"), relations.writes);
        // it-3 was added by the bulk and removed by its override: on balance 4 + other added, nothing removed
        assertEquals(new ChangeResult(5, 0, 3), result);
    }

    @Test
    void nothingPendingWritesNothing() {
        ChangeResult result = RelationsSave.save(relations, side, pending, "admin");
        assertEquals(List.of(), relations.writes);
        assertEquals("relations.saved.nothing", RelationsSave.messageKey(result));
    }
}
