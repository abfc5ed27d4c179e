package org.helpdesk.platform.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.directory.internal.db.DirectoryDatabase;
import org.helpdesk.testsupport.TestDatabases.Db;
import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Users stored before the word table and the kept totals existed are found and counted after the upgrade. */
class SchemaUpgradeTest {

    /** The change sets of the first release: customers, customer users, covering indexes. */
    private static final int FIRST_RELEASE_CHANGE_SETS = 3;

    static Stream<Db> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @SuppressWarnings("deprecation")
    void existingUsersAreSearchableAndCountedAfterTheUpgrade(Db db) throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            Liquibase liquibase = new Liquibase(DirectoryDatabase.CHANGELOG,
                    new ClassLoaderResourceAccessor(DirectoryDatabase.class.getClassLoader()),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            liquibase.update(FIRST_RELEASE_CHANGE_SETS, new Contexts(), new LabelExpression());
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO hd_customer (customer_id, customer_id_lc, name, name_lc, valid, created_at,"
                        + " created_by, changed_at, changed_by) VALUES ('Old', 'old', 'Old Co', 'old co', TRUE,"
                        + " CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't')");
                for (String[] user : new String[][] { { "Anna.Berg", "anna", "berg", "anna.berg@old.example", "TRUE" },
                    { "olaf", "olaf", "", "", "FALSE" }, { "kvb", "karl", "von berg", "", "TRUE" } }) {
                    statement.execute("INSERT INTO hd_customer_user (login, login_lc, first_name, first_name_lc, last_name,"
                            + " last_name_lc, email, email_lc, email_domain_lc, customer_ref, backend, valid, created_at,"
                            + " created_by, changed_at, changed_by) VALUES ('" + user[0] + "', '" + user[0].toLowerCase()
                            + "', '" + user[1] + "', '" + user[1] + "', '" + user[2] + "', '" + user[2] + "', '" + user[3]
                            + "', '" + user[3] + "', '" + (user[3].isEmpty() ? "" : "old.example") + "',"
                            + " (SELECT id FROM hd_customer WHERE customer_id_lc = 'old'), 'db', " + user[4]
                            + ", CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't')");
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }

        DirectoryDatabase database = new DirectoryDatabase(db.dataSource());
        DirectoryEventPublisher events = new DirectoryEventPublisher(new RecordingEventAdmin());
        DbCustomerUserDirectory users = new DbCustomerUserDirectory(database, events);
        assertEquals(List.of("Anna.Berg"), logins(users, "old.ex"));
        assertEquals(List.of("Anna.Berg", "kvb", "olaf"), logins(users, "old"), "by primary customer ID");
        assertEquals(List.of("kvb"), logins(users, "von berg"));
        assertEquals(List.of("Anna.Berg", "kvb"), logins(users, "berg"), "name parts added after the upgrade");
        users.deleteCustomerUser("kvb", "admin");
        assertEquals(1, count(users, Validity.VALID));
        assertEquals(1, count(users, Validity.INVALID));

        users.updateCustomerUser("Anna.Berg", new CustomerUserDraft("Anna",
                "Wolf", "", "old", null), "admin");
        assertEquals(List.of(), logins(users, "berg"), "words stored by the migration are replaced on change");
        assertEquals(List.of("Anna.Berg"), logins(users, "wolf"));
        users.deleteCustomerUser("olaf", "admin");
        assertEquals(List.of(), logins(users, "olaf"));
        assertEquals(0, count(users, Validity.INVALID));
    }

    private static List<String> logins(DbCustomerUserDirectory users, String filter) {
        return users.listCustomerUsers(Search.of(filter, CustomerUserSort.LOGIN, 10)).stream()
                .map(CustomerUser::login).toList();
    }

    private static long count(DbCustomerUserDirectory users, Validity validity) {
        return users.countCustomerUsers(new Search<>("", validity, CustomerUserSort.LOGIN, SortOrder.ASCENDING, 0, 1));
    }
}
