package org.helpdesk.platform.tickets.internal.db;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSession;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketState;
import org.helpdesk.platform.persistence.InstantTypeHandler;
import org.helpdesk.platform.persistence.SchemaMigrations;
import org.helpdesk.platform.persistence.Sessions;
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
    private final Sessions sessions;

    @Activate
    public TicketDatabase(@Reference(target = "(dataSourceName=helpdesk)") DataSource dataSource) {
        this.dataSource = dataSource;
        SchemaMigrations.update(dataSource, CHANGELOG, TicketDatabase.class);
        this.sessions = new Sessions(SqlSessionFactories.build(dataSource, Map.of("Ticket", Ticket.class,
                "TicketState", TicketState.class, "InstantTypeHandler", InstantTypeHandler.class),
                List.of(TicketMapper.class)));
    }

    /** @see Sessions#read */
    public <T> T read(Function<SqlSession, T> work) {
        return sessions.read(work);
    }

    /** @see Sessions#write */
    public <T> T write(Function<SqlSession, T> work) {
        return sessions.write(work);
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
