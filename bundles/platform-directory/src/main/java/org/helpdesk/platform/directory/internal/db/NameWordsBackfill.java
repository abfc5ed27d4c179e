package org.helpdesk.platform.directory.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Adds the name parts of {@link SearchWords} for users stored before the word table knew them: the
 * migration that fills the table copies whole columns only. Runs once, when the changelog has left the
 * task {@value #TASK} in {@code hd_directory_task}; the task is removed in the same transaction.
 */
final class NameWordsBackfill {

    static final String TASK = "name-words";

    private NameWordsBackfill() {
    }

    static void runIfPending(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (pending(connection)) {
                    backfill(connection);
                    try (PreparedStatement done = connection.prepareStatement(
                            "DELETE FROM hd_directory_task WHERE task = ?")) {
                        done.setString(1, TASK);
                        done.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add the name parts to the search words: " + e.getMessage(), e);
        }
    }

    private static boolean pending(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT task FROM hd_directory_task WHERE task = ?")) {
            query.setString(1, TASK);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void backfill(Connection connection) throws SQLException {
        String select = "SELECT login_lc, first_name_lc, last_name_lc, email_lc, email_domain_lc FROM hd_customer_user"
                + " WHERE first_name_lc LIKE '% %' OR first_name_lc LIKE '%-%' OR last_name_lc LIKE '% %'"
                + " OR last_name_lc LIKE '%-%'";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(select);
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM hd_customer_user_word WHERE login_lc = ? AND word = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO hd_customer_user_word (word, login_lc) VALUES (?, ?)")) {
            while (rows.next()) {
                String login = rows.getString(1);
                String[] fields = { login, rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5) };
                Set<String> all = SearchWords.all(fields[0], fields[1], fields[2], fields[3], fields[4]);
                for (String word : all) {
                    delete.setString(1, login);
                    delete.setString(2, word);
                    delete.addBatch();
                }
                delete.executeBatch();
                for (String word : SearchWords.stored(fields[0], fields[1], fields[2], fields[3], fields[4])) {
                    insert.setString(1, word);
                    insert.setString(2, login);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
