package org.helpdesk.customerrelations.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

/** On embedded Derby: the yardstick inserts in batches and leaves no table behind. */
class JdbcBaselineTest {

    private final DataSource dataSource = TestDatabases.derby().dataSource();

    @Test
    void insertsAllRowsAndDropsItsScratchTable() throws SQLException {
        List<String> logins = IntStream.range(0, JdbcBaseline.BATCH * 2 + 5).mapToObj(i -> "User" + i).toList();
        double millis = new JdbcBaseline(dataSource).insert(logins, "ACME", "admin");
        assertTrue(millis > 0, "took " + millis + " ms");
        assertEquals(List.of(), scratchTables());
    }

    @Test
    void aDuplicateLoginFailsAndStillDropsTheTable() {
        JdbcBaseline baseline = new JdbcBaseline(dataSource);
        // the unique pair of cr_relation, compared in lower case
        assertThrows(SQLException.class, () -> baseline.insert(List.of("alice", "ALICE"), "acme", "admin"));
        assertEquals(List.of(), scratchTables());
    }

    private List<String> scratchTables() {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "CRS_BENCH_%", null)) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            return names;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
