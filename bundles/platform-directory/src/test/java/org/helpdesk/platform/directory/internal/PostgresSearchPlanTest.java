package org.helpdesk.platform.directory.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.helpdesk.platform.directory.internal.db.DirectoryDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.helpdesk.testsupport.TestDatabases;

/**
 * On PostgreSQL a word search must be an index range scan: a default B-tree cannot range over
 * {@code LIKE 'x%'} unless the collation is "C", so the whole word index would be read per search.
 */
@DisabledIfSystemProperty(named = "skip.postgresql.tests", matches = "true")
class PostgresSearchPlanTest {

    @Test
    void wordAndCustomerIdPrefixesAreIndexRanges() throws SQLException {
        DataSource dataSource = TestDatabases.postgresql().dataSource();
        new DirectoryDatabase(dataSource);
        assertRange(dataSource, "SELECT login_lc FROM hd_customer_user_word WHERE word LIKE 'ann%' ESCAPE '!'");
        assertRange(dataSource, "SELECT id FROM hd_customer WHERE customer_id_lc LIKE 'acm%' ESCAPE '!'");
    }

    private static void assertRange(DataSource dataSource, String query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            try (ResultSet rows = statement.executeQuery("EXPLAIN " + query)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        assertTrue(plan.toString().contains("Index Cond") && plan.toString().contains("~>=~"),
                "expected an index range for " + query + ", got:\n" + plan);
    }
}
