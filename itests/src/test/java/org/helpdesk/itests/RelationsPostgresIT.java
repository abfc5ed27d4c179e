package org.helpdesk.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The Customer Relations plugin on PostgreSQL (HELPDESK_PG_URL/USER/PASSWORD), the DataSource switched as the README describes. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RelationsPostgresIT extends RelationsContainerTests {

    @Configuration
    public Option[] config() {
        return PostgresOptions.withPostgres(HelpdeskContainer.options());
    }
}
