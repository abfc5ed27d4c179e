package org.helpdesk.platform.directory.ldap.internal;

import static org.helpdesk.platform.directory.ldap.internal.LdapUsers.lower;

import java.util.Comparator;
import java.util.function.Function;

import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.SortOrder;

/** The order of the database backend: the sort field in lower case, then the login in lower case. */
final class UserOrder {

    private UserOrder() {
    }

    static Comparator<CustomerUser> of(CustomerUserSort sort, SortOrder order) {
        Function<CustomerUser, String> field = switch (sort) {
            case LOGIN -> CustomerUser::login;
            case FIRST_NAME -> CustomerUser::firstName;
            case LAST_NAME -> CustomerUser::lastName;
            case EMAIL -> CustomerUser::email;
            case PRIMARY_CUSTOMER_ID -> CustomerUser::primaryCustomerId;
        };
        Comparator<CustomerUser> ascending = Comparator.<CustomerUser, String>comparing(u -> lower(field.apply(u)))
                .thenComparing(u -> lower(u.login()));
        return order == SortOrder.DESCENDING ? ascending.reversed() : ascending;
    }
}
