package org.helpdesk.customerrelations.persistence.internal;

import static org.helpdesk.customerrelations.persistence.internal.Keys.lower;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.dto.ApiToken;
import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryEntry.Action;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.platform.api.directory.dto.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relation store on the {@code helpdesk} DataSource: migrates the plugin's tables on activation (and
 * never drops them), reads with MyBatis, writes each operation in one transaction with set-based SQL
 * and JDBC batches.
 */
@Component(service = RelationStore.class)
public class MyBatisRelationStore implements RelationStore {

    static final String CHANGELOG = "org/helpdesk/customerrelations/persistence/internal/changelog.xml";

    /** Whole-operation attempts when concurrent writers collide (duplicate key, deadlock, lock timeout). */
    static final int ATTEMPTS = 6;
    /** Keys per IN list. */
    private static final int IN_LIMIT = 1000;
    /** Up to this many present relations of a bulk write's subject are held in memory (about 100 bytes each). */
    private static final int MAX_PRESENT_IN_MEMORY = 500_000;

    private static final Logger LOG = LoggerFactory.getLogger(MyBatisRelationStore.class);
    private static final Comparator<Pair> KEY_ORDER = Comparator.comparing((Pair p) -> lower(p.login()))
            .thenComparing(p -> lower(p.customerId()));

    private final SqlSessionFactory sessions;
    private final SubjectLocks subjectLocks = new SubjectLocks();

    @Activate
    public MyBatisRelationStore(@Reference(target = "(dataSourceName=helpdesk)") DataSource dataSource) {
        SchemaMigrations.update(dataSource, CHANGELOG, MyBatisRelationStore.class);
        this.sessions = buildSessionFactory(dataSource);
    }

    static SqlSessionFactory buildSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("helpdesk", new JdbcTransactionFactory(), dataSource));
        // Aliases and handlers by class: names in the XML would be looked up in MyBatis' own bundle.
        configuration.getTypeHandlerRegistry().register(Instant.class, new InstantTypeHandler());
        configuration.getTypeAliasRegistry().registerAlias("Instant", Instant.class);
        configuration.getTypeAliasRegistry().registerAlias("Relation", Relation.class);
        configuration.getTypeAliasRegistry().registerAlias("HistoryEntry", HistoryEntry.class);
        configuration.getTypeAliasRegistry().registerAlias("Action", Action.class);
        configuration.getTypeAliasRegistry().registerAlias("Source", Source.class);
        configuration.getTypeAliasRegistry().registerAlias("KeyRow", KeyRow.class);
        configuration.getTypeAliasRegistry().registerAlias("ApiToken", ApiToken.class);
        configuration.getTypeAliasRegistry().registerAlias("TokenRow", TokenRow.class);
        configuration.addMapper(RelationMapper.class);
        configuration.addMapper(TokenMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<String> customerIdsOf(String login) {
        List<String> ids = new ArrayList<>(read(m -> m.customerIdsOf(lower(login))));
        // Sorted in Java too: the same order on every database, whatever its collation.
        ids.sort(Comparator.comparing(Keys::lower));
        return ids;
    }

    @Override
    public long countCustomerIdsOf(String login, String exceptCustomerId) {
        return read(m -> m.countCustomerIdsOf(lower(login), exceptCustomerId == null ? null : lower(exceptCustomerId)));
    }

    @Override
    public List<String> customerIdsOf(String login, String exceptCustomerId, int offset, int limit) {
        return read(m -> m.customerIdsPage(lower(login), exceptCustomerId == null ? null : lower(exceptCustomerId),
                offset, limit));
    }

    @Override
    public long countLoginsOf(String customerId, Collection<String> exceptLogins) {
        List<String> except = lowerAll(exceptLogins);
        return read(m -> m.countLoginsOf(lower(customerId), except));
    }

    @Override
    public List<String> loginsOf(String customerId, Collection<String> exceptLogins, int offset, int limit) {
        List<String> except = lowerAll(exceptLogins);
        return read(m -> m.loginsPage(lower(customerId), except, offset, limit));
    }

    private static List<String> lowerAll(Collection<String> values) {
        if (values.size() > IN_LIMIT) {
            throw new IllegalArgumentException("at most " + IN_LIMIT + " logins to leave out: " + values.size());
        }
        return values.stream().map(Keys::lower).distinct().toList();
    }

    @Override
    public Set<Pair> existing(Collection<Pair> pairs) {
        if (pairs.isEmpty()) {
            return Set.of();
        }
        return read(m -> existing(m, new ArrayList<>(pairs)));
    }

    /** One IN query per chunk of keys; the chunk's superset is narrowed to the asked pairs here. */
    private static Set<Pair> existing(RelationMapper mapper, List<Pair> pairs) {
        pairs.sort(KEY_ORDER);
        Set<Pair> found = new LinkedHashSet<>();
        int start = 0;
        while (start < pairs.size()) {
            Set<String> logins = new LinkedHashSet<>();
            Set<String> customers = new LinkedHashSet<>();
            int end = start;
            while (end < pairs.size()) {
                Pair p = pairs.get(end);
                String l = lower(p.login());
                String c = lower(p.customerId());
                if ((!logins.contains(l) && logins.size() == IN_LIMIT)
                        || (!customers.contains(c) && customers.size() == IN_LIMIT)) {
                    break;
                }
                logins.add(l);
                customers.add(c);
                end++;
            }
            Set<String> rows = new HashSet<>();
            for (KeyRow row : mapper.existing(logins, customers)) {
                rows.add(row.loginLc() + '\u0000' + row.customerIdLc());
            }
            for (Pair p : pairs.subList(start, end)) {
                if (rows.contains(lower(p.login()) + '\u0000' + lower(p.customerId()))) {
                    found.add(p);
                }
            }
            start = end;
        }
        return found;
    }

    @Override
    public long count() {
        return read(RelationMapper::count);
    }

    @Override
    public void forEach(Consumer<Relation> consumer) {
        // Not auto-commit: PostgreSQL streams with a cursor only inside a transaction.
        RuntimeException[] failed = new RuntimeException[1];
        try (SqlSession session = sessions.openSession(false)) {
            session.getMapper(RelationMapper.class).all(context -> {
                try {
                    consumer.accept(context.getResultObject());
                } catch (RuntimeException e) {
                    failed[0] = e; // the consumer's own failure, not the database's
                    context.stop();
                }
            });
            session.rollback(true);
        } catch (RuntimeException e) {
            throw database(e);
        }
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    @Override
    public Page<HistoryEntry> history(HistoryQuery query) {
        String login = query.login() == null || query.login().isBlank() ? null : lower(query.login().strip());
        String customer = query.customerId() == null || query.customerId().isBlank() ? null
                : lower(query.customerId().strip());
        return read(m -> new Page<>(m.history(login, customer, query.offset(), query.limit()),
                m.countHistory(login, customer)));
    }

    // ---------------------------------------------------------------- writes

    @Override
    public WriteResult write(Collection<Pair> add, Collection<Pair> remove, Source source, String actor) {
        Changes changes = Changes.of(add, remove);
        return transaction(null, (session, at) -> changes.write(session, at, source, actor));
    }

    @Override
    public String version(Side side, String subject) {
        return read(m -> SubjectVersions.of(m, side, lower(subject)));
    }

    @Override
    public WriteResult write(Collection<Pair> add, Collection<Pair> remove, Source source, String actor, Side side,
            String subject, String expectedVersion) {
        Changes changes = Changes.of(add, remove);
        // Conditional writers of one subject on this node queue here rather than in the database's deadlock
        // detection; across nodes the serializable transaction lets only one of them commit.
        Lock lock = subjectLocks.of(side, subject);
        lock.lock();
        try {
            return transaction(TransactionIsolationLevel.SERIALIZABLE, (session, at) -> {
                String current = SubjectVersions.of(session.getMapper(RelationMapper.class), side, lower(subject));
                if (!current.equals(expectedVersion)) {
                    throw SubjectVersions.conflict(subject);
                }
                return changes.write(session, at, source, actor);
            });
        } finally {
            lock.unlock();
        }
    }

    /** Additions and removals in key order, a pair in both removed. */
    private record Changes(List<Pair> add, List<Pair> remove) {

        static Changes of(Collection<Pair> add, Collection<Pair> remove) {
            Map<String, Pair> removes = byKey(remove);
            Map<String, Pair> adds = byKey(add);
            adds.keySet().removeAll(removes.keySet());
            return new Changes(sorted(adds.values()), sorted(removes.values()));
        }

        WriteResult write(SqlSession session, Timestamp at, Source source, String actor) throws SQLException {
            Connection connection = session.getConnection();
            List<Pair> removed = Batches.deleteRelations(connection, remove);
            Batches.insertHistory(connection, removed, Action.REMOVED, source, actor, at, null);
            List<Pair> added = missing(session, add);
            Batches.insertRelations(connection, added, at, actor);
            Batches.insertHistory(connection, added, Action.ADDED, source, actor, at, null);
            long unchanged = (add.size() - added.size()) + (remove.size() - removed.size());
            return new WriteResult(added, removed, unchanged);
        }
    }

    @Override
    public BulkResult writeAll(Side side, String subject, Supplier<Iterator<List<String>>> pages, boolean relate,
            Source source, String actor) {
        boolean customerSide = side == Side.CUSTOMER;
        String column = customerSide ? "customer_id_lc" : "login_lc";
        String otherColumn = customerSide ? "login_lc" : "customer_id_lc";
        String subjectLc = lower(subject);
        return transaction(null, (session, at) -> {
            RelationMapper mapper = session.getMapper(RelationMapper.class);
            Connection connection = session.getConnection();
            // The subject's present relations, read once: one index range scan instead of a query per page.
            Set<String> present = relate && mapper.countOf(column, subjectLc) <= MAX_PRESENT_IN_MEMORY
                    ? new HashSet<>(mapper.otherIds(column, otherColumn, subjectLc, MAX_PRESENT_IN_MEMORY)) : null;
            long changed = 0;
            long unchanged = 0;
            List<String> ids = new ArrayList<>();
            Iterator<List<String>> iterator = pages.get();
            while (iterator.hasNext()) {
                List<Pair> pairs = sorted(byKey(iterator.next().stream()
                        .map(other -> customerSide ? new Pair(other, subject) : new Pair(subject, other))
                        .toList()).values());
                List<Pair> done;
                if (relate) {
                    if (present == null) {
                        done = missing(session, pairs);
                    } else {
                        done = new ArrayList<>();
                        for (Pair p : pairs) {
                            if (present.add(lower(customerSide ? p.login() : p.customerId()))) {
                                done.add(p);
                            }
                        }
                    }
                    Batches.insertRelations(connection, done, at, actor);
                } else {
                    done = Batches.deleteRelations(connection, pairs);
                    Batches.insertHistory(connection, done, Action.REMOVED, source, actor, at, null);
                }
                changed += done.size();
                unchanged += pairs.size() - done.size();
                for (int i = 0; i < done.size() && ids.size() < MAX_LISTED_IDS; i++) {
                    Pair p = done.get(i);
                    ids.add(customerSide ? p.login() : p.customerId());
                }
            }
            if (relate && changed > 0) {
                // Set-based: the rows this transaction inserted are those of the subject created at its instant.
                int recorded = mapper.historyOfCreated(column, subjectLc, source.name(), actor, at);
                if (recorded != changed) {
                    throw new IllegalStateException("Recorded " + recorded + " history entries for " + changed
                            + " new relations of " + subject);
                }
            }
            return new BulkResult(changed, unchanged, ids);
        });
    }

    @Override
    public BulkResult rename(Side side, String oldKey, String newKey, String actor) {
        String oldLc = lower(oldKey);
        String newLc = lower(newKey);
        boolean login = side == Side.CUSTOMER_USER;
        String column = login ? "login_lc" : "customer_id_lc";
        String other = login ? "customer_id" : "login";
        String detail = (login ? "login renamed: " : "customer ID renamed: ") + oldKey + " -> " + newKey;
        return transaction(null, (session, at) -> {
            RelationMapper m = session.getMapper(RelationMapper.class);
            List<String> ids = m.otherIds(column, other, oldLc, MAX_LISTED_IDS);
            if (ids.isEmpty()) {
                return new BulkResult(0, 0, List.of()); // nothing (left) to move: e.g. the event came twice
            }
            boolean merge = !oldLc.equals(newLc);
            m.historyOfAll(column, oldLc, Action.REMOVED.name(), Source.RENAME.name(), actor, at, detail);
            int moved;
            if (login) {
                m.historyOfRenamedLogin(oldLc, newKey, newLc, merge, actor, at, detail);
                if (merge) {
                    m.deleteLoginCollisions(oldLc, newLc);
                }
                moved = m.renameLogin(oldLc, newKey, newLc, actor, at);
            } else {
                m.historyOfRenamedCustomer(oldLc, newKey, newLc, merge, actor, at, detail);
                if (merge) {
                    m.deleteCustomerCollisions(oldLc, newLc);
                }
                moved = m.renameCustomer(oldLc, newKey, newLc, actor, at);
            }
            return new BulkResult(moved, 0, ids);
        });
    }

    @Override
    public BulkResult removeAllOf(Side side, String key, Source source, String actor) {
        String keyLc = lower(key);
        String column = side == Side.CUSTOMER_USER ? "login_lc" : "customer_id_lc";
        String other = side == Side.CUSTOMER_USER ? "customer_id" : "login";
        return transaction(null, (session, at) -> {
            RelationMapper m = session.getMapper(RelationMapper.class);
            List<String> ids = m.otherIds(column, other, keyLc, MAX_LISTED_IDS);
            if (ids.isEmpty()) {
                return new BulkResult(0, 0, List.of());
            }
            m.historyOfAll(column, keyLc, Action.REMOVED.name(), source.name(), actor, at, null);
            int removed = m.deleteAll(column, keyLc);
            return new BulkResult(removed, 0, ids);
        });
    }

    /** @return those of {@code pairs} (sorted) whose relation does not exist yet */
    private static List<Pair> missing(SqlSession session, List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        Set<Pair> existing = existing(session.getMapper(RelationMapper.class), new ArrayList<>(pairs));
        List<Pair> missing = new ArrayList<>(pairs.size() - existing.size());
        for (Pair p : pairs) {
            if (!existing.contains(p)) {
                missing.add(p);
            }
        }
        return missing;
    }

    /** First spelling wins for pairs equal ignoring case. */
    private static Map<String, Pair> byKey(Collection<Pair> pairs) {
        Map<String, Pair> byKey = new LinkedHashMap<>();
        for (Pair p : pairs) {
            byKey.putIfAbsent(lower(p.login()) + '\u0000' + lower(p.customerId()), p);
        }
        return byKey;
    }

    /** Key order: concurrent writers lock rows in the same order, which avoids deadlocks. */
    private static List<Pair> sorted(Collection<Pair> pairs) {
        List<Pair> list = new ArrayList<>(pairs);
        list.sort(KEY_ORDER);
        return list;
    }

    // ---------------------------------------------------------------- sessions and transactions

    @FunctionalInterface
    private interface Work<T> {
        T run(SqlSession session, Timestamp at) throws SQLException;
    }

    private <T> T read(java.util.function.Function<RelationMapper, T> work) {
        try (SqlSession session = sessions.openSession(true)) {
            return work.apply(session.getMapper(RelationMapper.class));
        } catch (RuntimeException e) {
            throw database(e);
        }
    }

    /**
     * One transaction: committed when {@code work} returns, rolled back when it throws. Explicit commit
     * and rollback (forced): MyBatis does not see the JDBC batches, and closing a session it thinks clean
     * would reset auto-commit, which commits what is pending.
     */
    private <T> T transaction(TransactionIsolationLevel isolation, Work<T> work) {
        for (int attempt = 1;; attempt++) {
            try (SqlSession session = isolation == null ? sessions.openSession(false) : sessions.openSession(isolation)) {
                try {
                    // Microseconds: what PostgreSQL keeps, so the instant compares equal when read back.
                    T result = work.run(session, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)));
                    session.commit(true);
                    return result;
                } catch (Error e) {
                    rollback(session);
                    throw e;
                } catch (SQLException | RuntimeException e) {
                    rollback(session);
                    if (attempt < ATTEMPTS && retryable(e)) {
                        LOG.debug("Relation write collided with another one, retrying (attempt {})", attempt, e);
                        pause(attempt);
                        continue;
                    }
                    throw database(e);
                }
            }
        }
    }

    private static void rollback(SqlSession session) {
        try {
            session.rollback(true);
        } catch (RuntimeException e) {
            LOG.warn("Rollback failed", e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Duplicate key (a concurrent insert of the same pair), deadlock, serialization failure, lock timeout. */
    static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)
                            || "40XL1".equals(state) || "40XL2".equals(state)) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static RuntimeException database(Exception e) {
        if (e instanceof RelationException relation) {
            return relation;
        }
        return new RelationException(Reason.DATABASE, null, "The relations database failed; nothing was written: "
                + e.getMessage(), e);
    }
}
