package org.helpdesk.platform.directory.internal.db;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.persistence.SchemaMigrations;
import org.helpdesk.platform.persistence.SqlSessionFactories;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The directory's tables on the {@code helpdesk} DataSource: migrates the schema on activation and
 * runs each operation in its own MyBatis session and transaction.
 */
@Component(service = DirectoryDatabase.class)
public class DirectoryDatabase {

    public static final String CHANGELOG = "org/helpdesk/platform/directory/internal/db/changelog.xml";

    private final DataSource dataSource;
    private final SqlSessionFactory sessions;

    @Activate
    public DirectoryDatabase(@Reference(target = "(dataSourceName=helpdesk)") DataSource dataSource) {
        this.dataSource = dataSource;
        SchemaMigrations.update(dataSource, CHANGELOG, DirectoryDatabase.class);
        this.sessions = SqlSessionFactories.build(dataSource,
                Map.of("Customer", Customer.class, "CustomerUser", CustomerUser.class),
                List.of(CustomerMapper.class, CustomerUserMapper.class));
        NameWordsBackfill.runIfPending(this);
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

    /** @return the DataSource, for bulk loads that need plain JDBC batches */
    public DataSource dataSource() {
        return dataSource;
    }
}
