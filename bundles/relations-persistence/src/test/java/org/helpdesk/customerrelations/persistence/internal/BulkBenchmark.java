package org.helpdesk.customerrelations.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.testsupport.TestDatabases.Db;
import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Not a test: prints the time of relating N users to one customer through the store against a plain JDBC
 * batch insert of the same rows. Run with -Drelations.benchmark=100000.
 */
@EnabledIfSystemProperty(named = "relations.benchmark", matches = "\\d+")
class BulkBenchmark {

    static java.util.stream.Stream<Db> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void relateManyUsersToOneCustomer(Db db) throws Exception {
        int n = Integer.getInteger("relations.benchmark");
        MyBatisRelationStore store = new MyBatisRelationStore(new RelationsDatabase(db.dataSource()));
        List<String> users = IntStream.range(0, n).mapToObj(i -> String.format("user%07d", i)).toList();
        // warm up both paths
        plain(db, "warm-plain", users.subList(0, 2000), false);
        plain(db, "warm-plain-h", users.subList(0, 2000), true);
        store.writeAll(Side.CUSTOMER, "warm-store", () -> pages(users.subList(0, 2000)), true, Source.API, "b");

        long t0 = System.nanoTime();
        plain(db, "plain", users, false);
        long plain = System.nanoTime() - t0;
        t0 = System.nanoTime();
        plain(db, "plain-h", users, true);
        long plainWithHistory = System.nanoTime() - t0;

        t0 = System.nanoTime();
        store.writeAll(Side.CUSTOMER, "bench", () -> pages(users), true, Source.API, "bench");
        long bulk = System.nanoTime() - t0;
        t0 = System.nanoTime();
        store.writeAll(Side.CUSTOMER, "bench", () -> pages(users), true, Source.API, "bench");
        long again = System.nanoTime() - t0;
        System.out.printf("%s, %d rows: plain JDBC batch of relations %d ms, of relations + history %d ms;"
                + " store bulk (relations + history) %d ms = %.2fx / %.2fx; repeated (all present) %d ms%n",
                db.name(), n, plain / 1_000_000, plainWithHistory / 1_000_000, bulk / 1_000_000,
                (double) bulk / plain, (double) bulk / plainWithHistory, again / 1_000_000);
    }

    private static Iterator<List<String>> pages(List<String> users) {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < users.size(); i += 10_000) {
            pages.add(users.subList(i, Math.min(users.size(), i + 10_000)));
        }
        return pages.iterator();
    }

    private static void plain(Db db, String customer, List<String> users, boolean history) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO cr_relation (login, login_lc, customer_id, "
                    + "customer_id_lc, created_at, created_by, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement h = c.prepareStatement("INSERT INTO cr_history (login, customer_id, login_lc, "
                            + "customer_id_lc, action, source, actor, happened_at, detail) "
                            + "VALUES (?, ?, ?, ?, 'ADDED', 'API', 'plain', ?, NULL)")) {
                int i = 0;
                for (String u : users) {
                    p.setString(1, u);
                    p.setString(2, u);
                    p.setString(3, customer);
                    p.setString(4, customer);
                    p.setTimestamp(5, now);
                    p.setString(6, "plain");
                    p.setTimestamp(7, now);
                    p.setString(8, "plain");
                    p.addBatch();
                    if (history) {
                        h.setString(1, u);
                        h.setString(2, customer);
                        h.setString(3, u);
                        h.setString(4, customer);
                        h.setTimestamp(5, now);
                        h.addBatch();
                    }
                    if (++i % 1000 == 0) {
                        p.executeBatch();
                        if (history) {
                            h.executeBatch();
                        }
                    }
                }
                p.executeBatch();
                if (history) {
                    h.executeBatch();
                }
            }
            c.commit();
        }
    }
}
