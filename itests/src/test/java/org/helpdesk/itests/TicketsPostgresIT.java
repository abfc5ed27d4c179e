package org.helpdesk.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Tickets and the access decision on PostgreSQL. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TicketsPostgresIT extends TicketsContainerTests {

    @Configuration
    public Option[] config() {
        return PostgresOptions.withPostgres(HelpdeskContainer.options());
    }
}
