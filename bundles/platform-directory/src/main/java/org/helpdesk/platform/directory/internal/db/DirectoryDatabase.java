package org.helpdesk.platform.directory.internal.db;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.persistence.SchemaMigrations;
import org.helpdesk.platform.persistence.Sessions;
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
    private final Sessions sessions;

    @Activate
    public DirectoryDatabase(@Reference(target = "(dataSourceName=helpdesk)") DataSource dataSource) {
        this.dataSource = dataSource;
        SchemaMigrations.update(dataSource, CHANGELOG, DirectoryDatabase.class);
        this.sessions = new Sessions(SqlSessionFactories.build(dataSource,
                Map.of("Customer", Customer.class, "CustomerUser", CustomerUser.class),
                List.of(CustomerMapper.class, CustomerUserMapper.class)));
        NameWordsBackfill.runIfPending(this);
    }

    /**
     * @see Sessions#read
     * @throws DirectoryException {@link DirectoryException.Reason#DATABASE} when the database fails (e.g. it is
     *         down), so that callers tell "try again" from a bug
     */
    public <T> T read(Function<SqlSession, T> work) {
        try {
            return sessions.read(work);
        } catch (PersistenceException e) {
            throw failed(e);
        }
    }

    /** @return the directory's {@link DirectoryException.Reason#DATABASE} error for a failed database call */
    public static DirectoryException failed(PersistenceException e) {
        SQLException sql = sqlCause(e);
        return new DirectoryException(DirectoryException.Reason.DATABASE, null,
                "Database error: " + (sql == null ? e.getMessage() : sql.getMessage()), e);
    }

    /** @return the first {@link SQLException} among the causes of {@code e}, or null */
    public static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** @see Sessions#write */
    public <T> T write(Function<SqlSession, T> work) {
        return sessions.write(work);
    }

    /** @return the DataSource, for bulk loads that need plain JDBC batches */
    public DataSource dataSource() {
        return dataSource;
    }
}
