package org.helpdesk.platform.directory.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.helpdesk.platform.directory.internal.db.SearchWords;

/**
 * Synthetic customers and customer users for load tests, written with JDBC batches in chunks of
 * {@link #CHUNK} rows per transaction. Names are drawn from fixed lists so that searches behave
 * like on real data; every generated ID starts with the run's prefix, so runs never collide.
 */
public final class DirectoryGenerator {

    static final int CHUNK = 5000;

    /** Users generated, sorted and written together; memory for this many rows is held at once. */
    static final int BLOCK = 100_000;

    private static final String[] FIRST = { "Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hugo",
        "Ida", "Jonas", "Karla", "Leon", "Mia", "Noah", "Olga", "Paul", "Rosa", "Samuel", "Tina", "Uwe", "Vera",
        "Walter", "Xenia", "Yusuf", "Zoe", "Alice", "Bob", "Carol", "Dan", "Erin", "Frank", "Grace", "Heidi",
        "Ivan", "Judy", "Mallory", "Oscar", "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Wendy", "Liam",
        "Emma", "Olivia", "Lucas", "Sofia", "Mateo", "Amelia", "Elena", "Marco", "Lena", "Jan", "Sara", "Tom",
        "Nina", "Erik", "Lars", "Maja" };
    private static final String[] LAST = { "Smith", "Jones", "Miller", "Brown", "Davis", "Wilson", "Moore",
        "Taylor", "Anderson", "Thomas", "Jackson", "White", "Harris", "Martin", "Thompson", "Garcia", "Martinez",
        "Robinson", "Clark", "Rodriguez", "Lewis", "Lee", "Walker", "Hall", "Allen", "Young", "King", "Wright",
        "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter",
        "Phillips", "Evans", "Turner", "Torres", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy",
        "Cook", "Rogers", "Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
        "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schroeder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krueger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann" };
    private static final String[] COMPANY_WORDS = { "Blue", "Red", "Green", "North", "South", "Alpine", "River",
        "Delta", "Omega", "Nova", "Prime", "Atlas", "Apex", "Zenith", "Orbit", "Pixel", "Quantum", "Vertex",
        "Summit", "Harbor", "Cedar", "Maple", "Falcon", "Lynx", "Otter", "Granite", "Silver", "Golden" };
    private static final String[] COMPANY_KINDS = { "Systems", "Logistics", "Foods", "Energy", "Software",
        "Consulting", "Motors", "Health", "Media", "Finance", "Labs", "Retail", "Textiles", "Robotics" };

    private DirectoryGenerator() {
    }

    /** Totals of one run. */
    public record Result(int customers, int customerUsers, long millis) {
    }

    /**
     * @param prefix start of every generated customer ID and login, e.g. {@code gen1}
     * @param progress receives a line now and then
     */
    public static Result generate(DataSource dataSource, String prefix, int customers, int users, String actor,
            Consumer<String> progress) throws SQLException {
        if (customers < 1 && users > 0) {
            throw new IllegalArgumentException("Customer users need at least one customer");
        }
        String p = prefix.toLowerCase(Locale.ROOT);
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            insertCustomers(connection, p, customers, actor, progress);
            long[] customerRefs = customerRefs(connection, p, customers);
            insertUsers(connection, p, users, customerRefs, actor, progress);
        }
        return new Result(customers, users, (System.nanoTime() - start) / 1_000_000);
    }

    static String customerId(String prefix, int i) {
        return String.format(Locale.ROOT, "%s-c%06d", prefix, i);
    }

    static String companyName(int i) {
        return COMPANY_WORDS[i % COMPANY_WORDS.length] + " " + COMPANY_KINDS[(i / COMPANY_WORDS.length) % COMPANY_KINDS.length]
                + " " + i;
    }

    private static void insertCustomers(Connection connection, String prefix, int count, String actor,
            Consumer<String> progress) throws SQLException {
        String sql = "INSERT INTO hd_customer (customer_id, customer_id_lc, name, name_lc, valid, created_at, created_by,"
                + " changed_at, changed_by) VALUES (?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 1; i <= count; i++) {
                String id = customerId(prefix, i);
                String name = companyName(i);
                insert.setString(1, id);
                insert.setString(2, id);
                insert.setString(3, name);
                insert.setString(4, name.toLowerCase(Locale.ROOT));
                insert.setString(5, actor);
                insert.setString(6, actor);
                insert.addBatch();
                if (i % CHUNK == 0 || i == count) {
                    insert.executeBatch();
                    connection.commit();
                    if (i % (CHUNK * 10) == 0 || i == count) {
                        progress.accept("customers: " + i + " / " + count);
                    }
                }
            }
        }
    }

    /** @return the surrogate keys of this run's customers, index i-1 for customer i */
    private static long[] customerRefs(Connection connection, String prefix, int count) throws SQLException {
        long[] refs = new long[count];
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, customer_id_lc FROM hd_customer WHERE customer_id_lc LIKE ?")) {
            select.setString(1, prefix + "-c%");
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String id = result.getString(2);
                    int i = Integer.parseInt(id.substring(id.lastIndexOf('c') + 1));
                    if (i >= 1 && i <= count) {
                        refs[i - 1] = result.getLong(1);
                    }
                }
            }
        }
        return refs;
    }

    private static void insertUsers(Connection connection, String prefix, int count, long[] customerRefs,
            String actor, Consumer<String> progress) throws SQLException {
        String sql = "INSERT INTO hd_customer_user (login, login_lc, first_name, first_name_lc, last_name, last_name_lc,"
                + " email, email_lc, email_domain_lc, customer_ref, backend, valid, created_at, created_by, changed_at,"
                + " changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'db', TRUE, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql);
                PreparedStatement insertWord = connection.prepareStatement(
                        "INSERT INTO hd_customer_user_word (word, login_lc) VALUES (?, ?)");
                PreparedStatement addToTotal = connection.prepareStatement(
                        "UPDATE hd_customer_user_total SET n = n + ? WHERE valid = TRUE")) {
            int done = 0;
            for (int blockStart = 1; blockStart <= count; blockStart += BLOCK) {
                List<GeneratedUser> block = block(prefix, blockStart, Math.min(count, blockStart + BLOCK - 1),
                        customerRefs);
                for (int from = 0; from < block.size(); from += CHUNK) {
                    List<GeneratedUser> chunk = block.subList(from, Math.min(block.size(), from + CHUNK));
                    List<String[]> words = new ArrayList<>();
                    for (GeneratedUser user : chunk) {
                        addUser(insert, user, actor);
                        for (String word : user.words()) {
                            words.add(new String[] { word, user.login() });
                        }
                    }
                    words.sort(Comparator.comparing((String[] w) -> w[0]).thenComparing(w -> w[1]));
                    for (String[] word : words) {
                        insertWord.setString(1, word[0]);
                        insertWord.setString(2, word[1]);
                        insertWord.addBatch();
                    }
                    insert.executeBatch();
                    insertWord.executeBatch();
                    addToTotal.setLong(1, chunk.size());
                    addToTotal.executeUpdate();
                    connection.commit();
                    done += chunk.size();
                    if (done % (CHUNK * 20) == 0 || done == count) {
                        progress.accept("customer users: " + done + " / " + count);
                    }
                }
            }
        }
    }

    /** One generated customer user; its login is lower case already. */
    private record GeneratedUser(String login, String first, String last, String domain, long customerRef) {

        String email() {
            return login + "@" + domain;
        }

        List<String> words() {
            return SearchWords.stored(login, first, last, email());
        }
    }

    /**
     * Users {@code from} to {@code to} in login order: written in index order, each B-tree is filled page by
     * page instead of at random places, which makes loading several times faster on Derby.
     */
    private static List<GeneratedUser> block(String prefix, int from, int to, long[] customerRefs) {
        int customers = customerRefs.length;
        List<GeneratedUser> users = new ArrayList<>(to - from + 1);
        for (int i = from; i <= to; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i / FIRST.length) % LAST.length];
            String login = (first + "." + last + "." + prefix + i).toLowerCase(Locale.ROOT);
            int customer = 1 + (i - 1) % customers;
            String domain = (COMPANY_WORDS[customer % COMPANY_WORDS.length] + customer + ".example")
                    .toLowerCase(Locale.ROOT);
            users.add(new GeneratedUser(login, first, last, domain, customerRefs[customer - 1]));
        }
        users.sort(Comparator.comparing(GeneratedUser::login));
        return users;
    }

    private static void addUser(PreparedStatement insert, GeneratedUser user, String actor) throws SQLException {
        String email = user.email();
        insert.setString(1, user.login());
        insert.setString(2, user.login());
        insert.setString(3, user.first());
        insert.setString(4, user.first().toLowerCase(Locale.ROOT));
        insert.setString(5, user.last());
        insert.setString(6, user.last().toLowerCase(Locale.ROOT));
        insert.setString(7, email);
        insert.setString(8, email);
        insert.setString(9, user.domain());
        insert.setLong(10, user.customerRef());
        insert.setString(11, actor);
        insert.setString(12, actor);
        insert.addBatch();
    }

    /** Rebuilds index statistics so Derby's optimizer knows the new table sizes. */
    public static void updateStatistics(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().contains("Derby")) {
                String schema = connection.getSchema();
                for (String table : new String[] { "HD_CUSTOMER", "HD_CUSTOMER_USER", "HD_CUSTOMER_USER_WORD" }) {
                    statement.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('" + schema + "', '" + table + "', NULL)");
                }
            } else {
                statement.execute("ANALYZE hd_customer");
                statement.execute("ANALYZE hd_customer_user");
                statement.execute("ANALYZE hd_customer_user_word");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
