package org.helpdesk.itests;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** Configuration for {@link org.ops4j.pax.exam.junit.PaxExamServer}: the assembly on the CI's PostgreSQL. */
public class HelpdeskPostgresServer {

    @Configuration
    public Option[] config() {
        return PostgresOptions.withPostgres(HelpdeskContainer.options());
    }
}
