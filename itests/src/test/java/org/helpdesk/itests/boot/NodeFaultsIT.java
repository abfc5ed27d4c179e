package org.helpdesk.itests.boot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Fault test 1 of two nodes on one PostgreSQL ({@link TwoNodes}): {@code kill -9} of a node in the middle of a
 * bulk relate of 100,000 customer users and in the middle of a CSV import of 100,000 rows. After the node's
 * restart either all or nothing of the transaction is there, and the history matches the relations; the same
 * work then runs to its end. (The database stopped under the nodes: {@link DatabaseStoppedIT}.)
 */
public class NodeFaultsIT {

    private static final int USERS = 100_000;
    private static final Duration WRITE_TIMEOUT = Duration.ofMinutes(5);

    @ClassRule
    public static final TwoNodes NODES = new TwoNodes(new UnpackedAssembly.Ports(28481, 28401, 21399, 24744),
            new UnpackedAssembly.Ports(28581, 28501, 21499, 24844));

    @BeforeClass
    public static void generateManyUsers() throws Exception {
        System.out.println("NodeFaultsIT: " + TwoNodes.ok(NODES.a(), "helpdesk:generate --customers 100"
                + " --customer-users " + USERS + " --prefix bulk").strip());
        TwoNodes.ok(NODES.a(), "helpdesk:generate --customers 2 --prefix target");
        assertEquals(USERS, bulkLogins().size());
    }

    @Test
    public void aNodeKilledInTheMiddleOfABulkRelateLeavesAllOrNothing() throws Exception {
        String customer = "target-c000001";
        String command = "customer-relations:relate-all --customer " + customer + " --filter bulk";
        killInTheMiddleThenRunWhole(command, customer);
    }

    @Test
    public void aNodeKilledInTheMiddleOfACsvImportLeavesAllOrNothing() throws Exception {
        String customer = "target-c000002";
        Path csv = NODES.a().home().resolve("relations-" + customer + ".csv");
        StringBuilder rows = new StringBuilder("login,customer_id\n");
        for (String login : bulkLogins()) {
            rows.append(login).append(',').append(customer).append('\n');
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);
        String command = "customer-relations:import " + csv;
        killInTheMiddleThenRunWhole(command, customer);
    }

    /**
     * Starts {@code command} on node A, kills node A with SIGKILL once the command's transaction has written
     * relations, then checks the database (all of the 100,000 relations of {@code customer} or none, history
     * as the relations), starts node A again with {@code bin/start} and runs {@code command} to its end.
     */
    private static void killInTheMiddleThenRunWhole(String command, String customer) throws Exception {
        assertEquals(0, relationsOf(customer));
        Path output = Files.createTempFile(NODES.a().home(), "killed", ".out");
        long begin = System.nanoTime();
        Process client = NODES.a().clientInBackground(command, output);
        long killedAfter;
        try {
            awaitWritingTransaction(client, output);
            NODES.a().killAtOnce();
            killedAfter = (System.nanoTime() - begin) / 1_000_000;
        } finally {
            client.destroyForcibly();
        }
        awaitNoWritingTransaction();
        long left = relationsOf(customer);
        System.out.println("NodeFaultsIT: killed " + killedAfter + " ms into '" + command + "': " + left
                + " relations of " + customer + " after the kill; the command had printed: "
                + Files.readString(output).strip());
        assertTrue("all or nothing after kill -9: " + left, left == 0 || left == USERS);
        assertEquals("history matches relations after kill -9", 0,
                NODES.historyMismatches("customer_id_lc", customer));
        TwoNodes.boot(NODES.a());
        assertEquals("nothing changed by the restart", left, relationsOf(customer));

        String done = TwoNodes.ok(NODES.a(), command);
        System.out.println("NodeFaultsIT: after the restart '" + command + "' printed: " + done.strip());
        assertTrue(done, done.contains(USERS + " added") || done.contains(USERS + " already present"));
        assertEquals(USERS, relationsOf(customer));
        assertEquals("history matches relations", 0, NODES.historyMismatches("customer_id_lc", customer));
    }

    /** Waits until a transaction of a node has written relations and not ended yet: the middle of the work. */
    private static void awaitWritingTransaction(Process client, Path output) throws Exception {
        long deadline = System.nanoTime() + WRITE_TIMEOUT.toNanos();
        while (writingTransactions() == 0) {
            if (!client.isAlive() || System.nanoTime() > deadline) {
                fail("no open transaction writing relations was seen; the command printed: "
                        + Files.readString(output));
            }
            Thread.sleep(10);
        }
    }

    private static void awaitNoWritingTransaction() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (writingTransactions() > 0) {
            if (System.nanoTime() > deadline) {
                fail("the killed node's transaction is still open in PostgreSQL after 60 s");
            }
            Thread.sleep(100);
        }
    }

    /** Open transactions of other sessions that have written something (an XID) and last touched relations. */
    private static int writingTransactions() throws SQLException {
        try (Connection connection = NODES.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        + " AND backend_xid IS NOT NULL AND query ILIKE '%cr_relation%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long relationsOf(String customer) throws SQLException {
        return count("SELECT count(*) FROM cr_relation WHERE customer_id_lc = ?", customer);
    }

    private static long count(String sql, String... values) throws SQLException {
        try (Connection connection = NODES.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The logins of the 100,000 generated customer users. */
    private static List<String> bulkLogins() throws SQLException, IOException {
        List<String> logins = new ArrayList<>();
        try (Connection connection = NODES.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT login FROM hd_customer_user WHERE login_lc ~ '\\.bulk[0-9]+$' ORDER BY login_lc")) {
            while (rs.next()) {
                logins.add(rs.getString(1));
            }
        }
        return logins;
    }
}
