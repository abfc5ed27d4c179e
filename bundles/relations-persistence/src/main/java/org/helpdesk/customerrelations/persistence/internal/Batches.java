package org.helpdesk.customerrelations.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.helpdesk.customerrelations.api.dto.HistoryEntry.Action;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;

/**
 * Row writes as JDBC batches on the operation's connection: the bulk paths write tens of thousands of
 * rows, and one round trip per batch (not per row) is what makes them fast.
 */
final class Batches {

    /** Rows per JDBC batch. */
    static final int SIZE = 1000;

    private static final String INSERT_RELATION = "INSERT INTO cr_relation (login, login_lc, customer_id, "
            + "customer_id_lc, created_at, created_by, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_HISTORY = "INSERT INTO cr_history (login, customer_id, login_lc, "
            + "customer_id_lc, action, source, actor, happened_at, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DELETE_RELATION = "DELETE FROM cr_relation WHERE login_lc = ? AND customer_id_lc = ?";

    private Batches() {
    }

    /** Inserts relations that the caller checked are missing; a concurrent insert of one fails the batch (retried). */
    static void insertRelations(Connection connection, List<Pair> pairs, Timestamp at, String actor)
            throws SQLException {
        if (pairs.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_RELATION)) {
            int n = 0;
            for (Pair pair : pairs) {
                insert.setString(1, pair.login());
                insert.setString(2, Keys.lower(pair.login()));
                insert.setString(3, pair.customerId());
                insert.setString(4, Keys.lower(pair.customerId()));
                insert.setTimestamp(5, at);
                insert.setString(6, actor);
                insert.setTimestamp(7, at);
                insert.setString(8, actor);
                insert.addBatch();
                if (++n % SIZE == 0) {
                    insert.executeBatch();
                }
            }
            if (n % SIZE != 0) {
                insert.executeBatch();
            }
        }
    }

    /** @return those of {@code pairs} that existed and were deleted */
    static List<Pair> deleteRelations(Connection connection, List<Pair> pairs) throws SQLException {
        List<Pair> deleted = new ArrayList<>();
        if (pairs.isEmpty()) {
            return deleted;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_RELATION)) {
            int start = 0;
            while (start < pairs.size()) {
                List<Pair> chunk = pairs.subList(start, Math.min(pairs.size(), start + SIZE));
                for (Pair pair : chunk) {
                    delete.setString(1, Keys.lower(pair.login()));
                    delete.setString(2, Keys.lower(pair.customerId()));
                    delete.addBatch();
                }
                int[] counts = delete.executeBatch();
                for (int i = 0; i < chunk.size(); i++) {
                    if (counts[i] == Statement.SUCCESS_NO_INFO) {
                        throw new SQLException("The JDBC driver does not report batch update counts");
                    }
                    if (counts[i] > 0) {
                        deleted.add(chunk.get(i));
                    }
                }
                start += chunk.size();
            }
        }
        return deleted;
    }

    static void insertHistory(Connection connection, List<Pair> pairs, Action action, Source source, String actor,
            Timestamp at, String detail) throws SQLException {
        if (pairs.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_HISTORY)) {
            int n = 0;
            for (Pair pair : pairs) {
                insert.setString(1, pair.login());
                insert.setString(2, pair.customerId());
                insert.setString(3, Keys.lower(pair.login()));
                insert.setString(4, Keys.lower(pair.customerId()));
                insert.setString(5, action.name());
                insert.setString(6, source.name());
                insert.setString(7, actor);
                insert.setTimestamp(8, at);
                insert.setString(9, detail);
                insert.addBatch();
                if (++n % SIZE == 0) {
                    insert.executeBatch();
                }
            }
            if (n % SIZE != 0) {
                insert.executeBatch();
            }
        }
    }
}
