package org.helpdesk.platform.directory.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.stream.Stream;

import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.directory.internal.DbCustomerDirectory;
import org.helpdesk.platform.directory.internal.DbCustomerUserDirectory;
import org.helpdesk.platform.directory.internal.DirectoryEventPublisher;
import org.helpdesk.platform.directory.internal.db.DirectoryDatabase;
import org.helpdesk.testsupport.TestDatabases;
import org.helpdesk.testsupport.TestDatabases.Db;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Of nodes starting at once on an empty database, only the one that claims the demo data loads it. */
class DemoDataClaimTest {

    private static final EventAdmin NO_EVENTS = new EventAdmin() {
        @Override
        public void postEvent(Event event) {
        }

        @Override
        public void sendEvent(Event event) {
        }
    };

    static Stream<Db> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theFirstClaimWinsEveryLaterOneIsRefused(Db db) throws Exception {
        DirectoryDatabase database = new DirectoryDatabase(db.dataSource());
        assertTrue(DemoDataClaim.claim(database.dataSource(), "demo-data", Instant.now()));
        assertFalse(DemoDataClaim.claim(database.dataSource(), "demo-data", Instant.now()));
        assertTrue(DemoDataClaim.claim(database.dataSource(), "other", Instant.now()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aNodeThatFindsTheDirectoryEmptyButTheClaimTakenLoadsNothing(Db db) throws Exception {
        DirectoryDatabase database = new DirectoryDatabase(db.dataSource());
        // the other node has claimed it and not loaded anything yet
        assertTrue(DemoDataClaim.claim(database.dataSource(), "demo-data", Instant.now()));
        assertEquals(0L, customersAfterFirstStart(database));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theNodeWithTheClaimLoadsTheDemoData(Db db) throws Exception {
        DirectoryDatabase database = new DirectoryDatabase(db.dataSource());
        assertEquals(3L, customersAfterFirstStart(database));
        assertFalse(DemoDataClaim.claim(database.dataSource(), "demo-data", Instant.now()));
    }

    /** Starts the demo data's component as a node's start does; @return the customers there are then. */
    private static long customersAfterFirstStart(DirectoryDatabase database) throws Exception {
        DirectoryEventPublisher publisher = new DirectoryEventPublisher(NO_EVENTS);
        DbCustomerDirectory customers = new DbCustomerDirectory(database, publisher);
        new DemoDataOnFirstStart(customers, new DbCustomerUserDirectory(database, publisher), database,
                loadOnFirstStart());
        return customers.countCustomers(Search.of("", CustomerSort.CUSTOMER_ID, 1));
    }

    private static DemoDataConfiguration loadOnFirstStart() {
        return new DemoDataConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DemoDataConfiguration.class;
            }

            @Override
            public boolean loadOnFirstStart() {
                return true;
            }
        };
    }
}
