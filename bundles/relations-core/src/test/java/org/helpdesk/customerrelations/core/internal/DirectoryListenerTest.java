package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.helpdesk.customerrelations.api.dto.HistoryEntry.Action;
import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

class DirectoryListenerTest {

    private final RelationsFixture f = new RelationsFixture();
    private final DirectoryListener listener = new DirectoryListener(f.store, f.events);

    @Test
    void relationsFollowDirectoryRenamesAndDeletes() {
        f.directory(3, 2);
        f.changes.add(f.u(1), List.of(f.c(2), f.c(3)), Source.API, "t");
        f.changes.add(f.u(2), List.of(f.c(3)), Source.API, "t");

        listener.handleEvent(new Event(DirectoryEvents.CUSTOMER_USER_RENAMED, Map.of(DirectoryEvents.OLD_LOGIN, f.u(1),
                DirectoryEvents.LOGIN, "r" + f.u(1), DirectoryEvents.ACTOR, "admin")));
        listener.handleEvent(new Event(DirectoryEvents.CUSTOMER_USER_RENAMED, Map.of(DirectoryEvents.OLD_LOGIN, f.u(1),
                DirectoryEvents.LOGIN, "r" + f.u(1), DirectoryEvents.ACTOR, "admin"))); // twice: no harm
        listener.handleEvent(new Event(DirectoryEvents.CUSTOMER_RENAMED, Map.of(DirectoryEvents.OLD_CUSTOMER_ID, f.c(2),
                DirectoryEvents.CUSTOMER_ID, "r" + f.c(2), DirectoryEvents.ACTOR, "admin")));
        assertEquals(List.of(), f.relatedTo(f.u(1)));
        assertEquals(List.of(f.c(3), "r" + f.c(2)), f.relatedTo("r" + f.u(1)));
        HistoryEntry rename = f.history(new HistoryQuery("r" + f.u(1), "r" + f.c(2), 0, 1)).items().get(0);
        assertEquals(Source.RENAME, rename.source());
        assertEquals(Action.ADDED, rename.action());
        assertTrue(rename.detail().contains(f.c(2) + " -> r" + f.c(2)), rename.detail());

        listener.handleEvent(new Event(DirectoryEvents.CUSTOMER_USER_DELETED, Map.of(DirectoryEvents.LOGIN,
                "r" + f.u(1), DirectoryEvents.ACTOR, "admin")));
        assertEquals(List.of(), f.relatedTo("r" + f.u(1)));
        HistoryEntry deleted = f.history(new HistoryQuery("r" + f.u(1), null, 0, 1)).items().get(0);
        assertEquals(Source.DELETE, deleted.source());
        assertEquals(Action.REMOVED, deleted.action());

        listener.handleEvent(new Event(DirectoryEvents.CUSTOMER_DELETED, Map.of(DirectoryEvents.CUSTOMER_ID, f.c(3))));
        assertEquals(List.of(), f.relatedTo(f.u(2)));
        assertEquals(Source.DELETE, f.history(new HistoryQuery(f.u(2), null, 0, 1)).items().get(0).source());
    }
}
