package org.helpdesk.customerrelations.persistence.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relation store's sessions: a read in one auto-commit session, a write in one transaction that is
 * repeated whole when concurrent writers collide. Every database failure becomes a {@link RelationException}
 * saying that nothing was written.
 */
final class Transactions {

    /** Whole-operation attempts when concurrent writers collide (duplicate key, deadlock, lock timeout). */
    static final int ATTEMPTS = 6;

    // The store's logger, as before the store was split: operators may have set its level.
    private static final Logger LOG = LoggerFactory.getLogger(MyBatisRelationStore.class);

    /** One write's work on its session, at the instant the transaction records. */
    @FunctionalInterface
    interface Work<T> {
        T run(SqlSession session, Timestamp at) throws SQLException;
    }

    private final SqlSessionFactory sessions;

    Transactions(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    <T> T read(Function<RelationMapper, T> work) {
        try (SqlSession session = sessions.openSession(true)) {
            return work.apply(session.getMapper(RelationMapper.class));
        } catch (RuntimeException e) {
            throw database(e);
        }
    }

    /** Reads in a transaction that is rolled back: PostgreSQL streams with a cursor only inside a transaction. */
    void stream(Consumer<RelationMapper> work) {
        try (SqlSession session = sessions.openSession(false)) {
            work.accept(session.getMapper(RelationMapper.class));
            session.rollback(true);
        } catch (RuntimeException e) {
            throw database(e);
        }
    }

    /**
     * One transaction: committed when {@code work} returns, rolled back when it throws. Explicit commit
     * and rollback (forced): MyBatis does not see the JDBC batches, and closing a session it thinks clean
     * would reset auto-commit, which commits what is pending.
     *
     * @param isolation the isolation level, or null for the DataSource's
     */
    <T> T write(TransactionIsolationLevel isolation, Work<T> work) {
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
