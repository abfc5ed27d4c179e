package org.helpdesk.platform.tickets.internal.db;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketState;
import org.helpdesk.platform.persistence.InstantTypeHandler;
import org.helpdesk.platform.persistence.SchemaMigrations;
import org.helpdesk.platform.persistence.SqlSessionFactories;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The ticket tables on the {@code helpdesk} DataSource: migrates the schema on activation and runs
 * each operation in its own MyBatis session and transaction.
 */
@Component(service = TicketDatabase.class)
public class TicketDatabase {

    static final String CHANGELOG = "org/helpdesk/platform/tickets/internal/db/changelog.xml";

    private final DataSource dataSource;
    private final SqlSessionFactory sessions;

    @Activate
    public TicketDatabase(@Reference(target = "(dataSourceName=helpdesk)") DataSource dataSource) {
        this.dataSource = dataSource;
        SchemaMigrations.update(dataSource, CHANGELOG, TicketDatabase.class);
        this.sessions = SqlSessionFactories.build(dataSource, Map.of("Ticket", Ticket.class,
                "TicketState", TicketState.class, "InstantTypeHandler", InstantTypeHandler.class),
                List.of(TicketMapper.class));
    }

    /** Runs {@code work} in one read-only session. */
    public <T> T read(Function<SqlSession, T> work) {
        try (SqlSession session = sessions.openSession(true)) {
            return work.apply(session);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(Function<SqlSession, T> work) {
        try (SqlSession session = sessions.openSession(false)) {
            T result = work.apply(session);
            session.commit();
            return result;
        }
    }

    /**
     * Reserves {@code count} consecutive ticket numbers in a transaction of its own, so the counter row
     * is locked only for a moment. Concurrent callers wait for each other's UPDATE and get disjoint ranges.
     *
     * @return the first reserved sequence value
     */
    public long reserveNumbers(int count) {
        return write(s -> {
            TicketMapper mapper = s.getMapper(TicketMapper.class);
            if (mapper.advanceCounter(count) != 1) {
                throw new IllegalStateException("The ticket counter row is missing");
            }
            return mapper.counterValue() - count + 1;
        });
    }

    /** @return the DataSource, for bulk loads that need plain JDBC batches */
    public DataSource dataSource() {
        return dataSource;
    }
}
