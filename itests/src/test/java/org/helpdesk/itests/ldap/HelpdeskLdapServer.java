package org.helpdesk.itests.ldap;

import org.helpdesk.itests.HelpdeskContainer;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** Configuration for {@link org.ops4j.pax.exam.junit.PaxExamServer}: the assembly with the LDAP backend "partners". */
public class HelpdeskLdapServer {

    @Configuration
    public Option[] config() {
        return LdapServer.withLdap(HelpdeskContainer.options());
    }
}
