package org.helpdesk.itests.api;

import org.helpdesk.itests.HelpdeskServer;
import org.junit.ClassRule;
import org.ops4j.pax.exam.junit.PaxExamServer;

/** The REST API on the default embedded Derby. */
public class RelationsApiDerbyIT extends RelationsApiTests {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(HelpdeskServer.class);
}
