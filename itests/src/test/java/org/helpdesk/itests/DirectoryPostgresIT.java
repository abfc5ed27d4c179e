package org.helpdesk.itests;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The directory on PostgreSQL: the DataSource configuration switched as the README describes. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DirectoryPostgresIT extends DirectoryContainerTests {

    @Configuration
    public Option[] config() {
        return PostgresOptions.withPostgres(HelpdeskContainer.options());
    }

    @Test
    public void theHelpdeskDataSourceIsPostgres() throws Exception {
        HelpdeskContainer.awaitHttpOk("/admin/login", Duration.ofSeconds(120));
        ServiceTracker<DataSource, DataSource> tracker = new ServiceTracker<>(context,
                FrameworkUtil.createFilter("(&(objectClass=javax.sql.DataSource)(dataSourceName=helpdesk))"), null);
        tracker.open();
        try (Connection connection = tracker.waitForService(60_000).getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
        } finally {
            tracker.close();
        }
    }
}
