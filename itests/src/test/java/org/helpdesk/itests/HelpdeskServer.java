package org.helpdesk.itests;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** Configuration for {@link org.ops4j.pax.exam.junit.PaxExamServer}: the assembly, run for tests from outside. */
public class HelpdeskServer {

    @Configuration
    public Option[] config() {
        return HelpdeskContainer.options();
    }
}
