package org.helpdesk.customerrelations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.customerrelations.persistence.internal.MyBatisRelationStore;
import org.helpdesk.customerrelations.persistence.internal.RelationsDatabase;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.testsupport.TestDatabases;
import org.helpdesk.testsupport.directory.FakeDirectory;

/**
 * What a relations test works on: the real store on an embedded Derby database (one per test run; every test
 * names its data after its own run ID), a fake directory, the backends db (keeps the primary customer) and
 * ldap (excludes it), and the events posted. The parts are the service's own, built with plain {@code new}.
 */
final class RelationsFixture {

    private static RelationStore sharedStore;

    final RelationStore store = store();
    final FakeDirectory directory = new FakeDirectory();
    final RecordingEventAdmin eventAdmin = new RecordingEventAdmin();
    final Backends backends = new Backends();
    final EventPoster events = new EventPoster(eventAdmin);
    final DirectoryLookup lookup;
    final RelatedIds related = new RelatedIds(store, RelatedIds.IN_MEMORY_RELATIONS);
    /** For relating in a test's setup and for checks, as the service does. */
    final ChangeSets changes;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    RelationsFixture() {
        this(KeysetPages.DIRECTORY_PAGE);
    }

    /** @param directoryPage the keyset page in the directory, small to walk several pages */
    RelationsFixture(int directoryPage) {
        backends.bindBackend(directory.backend("db"));
        backends.bindBackend(directory.backend("ldap").setExcludePrimaryCustomerId(true));
        lookup = new DirectoryLookup(directory.customers(), directory.users(), directoryPage);
        changes = new ChangeSets(lookup, store, backends, events);
    }

    private static synchronized RelationStore store() {
        if (sharedStore == null) {
            sharedStore = new MyBatisRelationStore(new RelationsDatabase(TestDatabases.derby().dataSource()));
        }
        return sharedStore;
    }

    String c(int i) {
        return "c" + i + "-" + run;
    }

    String u(int i) {
        return "u" + i + "-" + run;
    }

    /** Customers c1..cN; users u1..uM with primary c1 in backend db. */
    void directory(int customers, int users) {
        for (int i = 1; i <= customers; i++) {
            customer(c(i));
        }
        for (int i = 1; i <= users; i++) {
            user(u(i), c(1), "db");
        }
    }

    // The directory's API has no test setup; these two calls are all a test needs of the fake itself.

    void customer(String customerId) {
        directory.addCustomer(customerId, "Company " + customerId);
    }

    void user(String login, String primaryCustomerId, String backend) {
        directory.addUser(login, primaryCustomerId, backend);
    }

    /** What {@code allRelatedCustomerIds} answers. */
    List<String> relatedTo(String login) {
        return related.allCustomerIds(login);
    }

    /** What {@code history} answers. */
    Page<HistoryEntry> history(HistoryQuery query) {
        return store.history(query);
    }

    Relation relation(String login, String customerId) {
        List<Relation> found = new ArrayList<>();
        store.forEach(r -> {
            if (r.login().equalsIgnoreCase(login) && r.customerId().equalsIgnoreCase(customerId)) {
                found.add(r);
            }
        });
        assertEquals(1, found.size());
        return found.get(0);
    }
}
