package org.helpdesk.itests.api;

import org.helpdesk.itests.HelpdeskPostgresServer;
import org.junit.ClassRule;
import org.ops4j.pax.exam.junit.PaxExamServer;

/** The REST API on the CI's PostgreSQL. */
public class RelationsApiPostgresIT extends RelationsApiTests {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(HelpdeskPostgresServer.class);
}
