package org.helpdesk.platform.directory.ldap.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The LDAP attributes a backend reads, by their meaning. */
record LdapAttributes(String login, String firstName, String lastName, String email, String customerId,
        Optional<String> extraCustomerIds) {

    /** @return the attributes a search word may match */
    List<String> searched() {
        return List.of(login, firstName, lastName, email, customerId);
    }

    /** @return every attribute to read for a customer user */
    String[] read() {
        List<String> read = new ArrayList<>(searched());
        extraCustomerIds.ifPresent(read::add);
        return read.toArray(String[]::new);
    }
}
