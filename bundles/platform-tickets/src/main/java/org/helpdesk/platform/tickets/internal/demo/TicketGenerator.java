package org.helpdesk.platform.tickets.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.helpdesk.platform.api.demo.DataGenerator;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.tickets.internal.DbTicketService;
import org.helpdesk.platform.tickets.internal.db.TicketDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Synthetic tickets for load tests: JDBC batches of {@link #CHUNK} rows per transaction, numbers
 * reserved a chunk at a time. Owners cycle through all customer users, and customer IDs through all
 * customers, in keyset pages from the directory API, so no list of a million logins is held.
 * Creation times are one second apart, ending now.
 */
@Component(service = DataGenerator.class, property = DataGenerator.KIND_PROPERTY + "=tickets")
public class TicketGenerator implements DataGenerator {

    static final int CHUNK = 5000;
    private static final int KEYSET_PAGE = 10_000;

    private static final String[] SUBJECTS = { "Printer", "VPN", "E-mail", "Invoice", "Laptop", "Password",
        "Website", "Phone", "Delivery", "Contract", "Account", "Backup", "Server", "Licence", "Monitor" };
    private static final String[] PROBLEMS = { "does not work", "is slow", "is missing", "needs an update",
        "shows an error", "was charged twice", "cannot be opened", "is broken", "needs approval", "is late" };

    private final TicketDatabase database;
    private final CustomerDirectory customers;
    private final CustomerUserDirectory users;

    @Activate
    public TicketGenerator(@Reference TicketDatabase database, @Reference CustomerDirectory customers,
            @Reference CustomerUserDirectory users) {
        this.database = database;
        this.customers = customers;
        this.users = users;
    }

    @Override
    public String kind() {
        return "tickets";
    }

    /** Cycles through keyset pages of IDs, from the start again after the last. */
    private static final class Cycle {
        private final java.util.function.BiFunction<String, Integer, List<String>> page;
        private List<String> current = List.of();
        private int index;

        Cycle(java.util.function.BiFunction<String, Integer, List<String>> page, String what) {
            this.page = page;
            if (page.apply(null, 1).isEmpty()) {
                throw new IllegalStateException("Tickets need at least one " + what);
            }
        }

        String next() {
            if (index >= current.size()) {
                String after = current.isEmpty() || current.size() < KEYSET_PAGE ? null : current.get(current.size() - 1);
                current = page.apply(after, KEYSET_PAGE);
                if (current.isEmpty()) {
                    current = page.apply(null, KEYSET_PAGE);
                }
                index = 0;
            }
            return current.get(index++);
        }
    }

    @Override
    public long generate(long count, String actor, Consumer<String> progress) {
        if (count < 1) {
            return 0;
        }
        Cycle logins = new Cycle((after, limit) -> users.matchingLogins("", Validity.ALL, after, limit),
                "customer user");
        Cycle customerIds = new Cycle((after, limit) -> customers.matchingCustomerIds("", Validity.ALL, after, limit),
                "customer");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(count);
        String sql = "INSERT INTO hd_ticket (id, ticket_number, title, title_lc, state, customer_id, customer_id_lc,"
                + " customer_user, customer_user_lc, created_at, created_by, changed_at, changed_by)"
                + " VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                long done = 0;
                while (done < count) {
                    int chunk = (int) Math.min(CHUNK, count - done);
                    long firstId = database.reserveNumbers(chunk);
                    for (int k = 0; k < chunk; k++) {
                        long i = done + k;
                        long id = firstId + k;
                        Instant at = start.plusSeconds(i);
                        String title = SUBJECTS[(int) (i % SUBJECTS.length)] + " "
                                + PROBLEMS[(int) ((i / SUBJECTS.length) % PROBLEMS.length)] + " (" + i + ")";
                        String login = logins.next();
                        String customerId = customerIds.next();
                        Timestamp ts = Timestamp.from(at);
                        insert.setLong(1, id);
                        insert.setString(2, DbTicketService.number(at, id));
                        insert.setString(3, title);
                        insert.setString(4, title.toLowerCase(Locale.ROOT));
                        insert.setString(5, customerId);
                        insert.setString(6, customerId.toLowerCase(Locale.ROOT));
                        insert.setString(7, login);
                        insert.setString(8, login.toLowerCase(Locale.ROOT));
                        insert.setTimestamp(9, ts);
                        insert.setString(10, actor);
                        insert.setTimestamp(11, ts);
                        insert.setString(12, actor);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                    done += chunk;
                    if (done % (CHUNK * 10) == 0 || done == count) {
                        progress.accept("tickets: " + done + " / " + count);
                    }
                }
            }
            updateStatistics(connection);
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("Generating tickets failed: " + e.getMessage(), e);
        }
    }

    /** Rebuilds index statistics so Derby's optimizer knows the new table size. */
    private static void updateStatistics(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().contains("Derby")) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('" + connection.getSchema()
                        + "', 'HD_TICKET', NULL)");
            } else {
                statement.execute("ANALYZE hd_ticket");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
