package org.helpdesk.testsupport.directory;

import java.util.Map;

import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * A stored customer user. The primary customer is a reference (its lower-case ID), so that a user shows
 * the customer's current spelling and follows a change of its ID, as the real table's join does.
 */
record UserRecord(String login, String firstName, String lastName, String email, String primaryLc, boolean valid,
        String backend, char[] password, String extraCustomerIds) {

    CustomerUser toUser(Map<String, Customer> customers) {
        return new CustomerUser(login, firstName, lastName, email, customers.get(primaryLc).customerId(), valid, backend);
    }

    UserRecord withLogin(String newLogin) {
        return new UserRecord(newLogin, firstName, lastName, email, primaryLc, valid, backend, password,
                extraCustomerIds);
    }

    UserRecord withValid(boolean newValid) {
        return new UserRecord(login, firstName, lastName, email, primaryLc, newValid, backend, password,
                extraCustomerIds);
    }

    UserRecord withPrimary(String newPrimaryLc) {
        return new UserRecord(login, firstName, lastName, email, newPrimaryLc, valid, backend, password,
                extraCustomerIds);
    }

    UserRecord withPassword(char[] newPassword) {
        return new UserRecord(login, firstName, lastName, email, primaryLc, valid, backend, newPassword,
                extraCustomerIds);
    }

    UserRecord withExtraCustomerIds(String ids) {
        return new UserRecord(login, firstName, lastName, email, primaryLc, valid, backend, password, ids);
    }
}
