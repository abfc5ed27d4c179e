package org.helpdesk.platform.persistence;

import java.util.function.Function;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** One MyBatis session per piece of work: read-only, or one transaction. */
public final class Sessions {

    private final SqlSessionFactory factory;

    public Sessions(SqlSessionFactory factory) {
        this.factory = factory;
    }

    /** Runs {@code work} in one read-only session. */
    public <T> T read(Function<SqlSession, T> work) {
        try (SqlSession session = factory.openSession(true)) {
            return work.apply(session);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(Function<SqlSession, T> work) {
        try (SqlSession session = factory.openSession(false)) {
            T result = work.apply(session);
            session.commit();
            return result;
        }
    }
}
