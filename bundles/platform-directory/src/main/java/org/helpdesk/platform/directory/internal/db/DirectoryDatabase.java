package org.helpdesk.platform.directory.internal.db;

import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
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
        this.sessions = buildSessionFactory(dataSource);
        NameWordsBackfill.runIfPending(this);
    }

    static SqlSessionFactory buildSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("helpdesk", new JdbcTransactionFactory(), dataSource));
        // Aliases by class: class names in the XML would be looked up in MyBatis' own bundle.
        configuration.getTypeAliasRegistry().registerAlias("Customer", Customer.class);
        configuration.getTypeAliasRegistry().registerAlias("CustomerUser", CustomerUser.class);
        configuration.addMapper(CustomerMapper.class);
        configuration.addMapper(CustomerUserMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
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
