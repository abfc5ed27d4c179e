package org.helpdesk.platform.api.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The customer users of the platform, over all customer-user backends. Logins are matched ignoring
 * case everywhere. Every write is one transaction and, after it commits, posts an event of
 * {@link DirectoryEvents}.
 */
@ProviderType
public interface CustomerUserDirectory {

    /** Longest login. */
    int MAX_LOGIN_LENGTH = 200;
    /** Longest first name, last name or e-mail address. */
    int MAX_FIELD_LENGTH = 200;

    /** @return the customer user with this login (ignoring case), if any */
    Optional<CustomerUser> findCustomerUser(String login);

    /**
     * Many lookups in few queries, for imports and other bulk work.
     *
     * @return the customer users found, keyed by their login in lower case ({@link java.util.Locale#ROOT});
     *         logins that are unknown, blank or null are missing from the map
     * @since 1.1
     */
    default Map<String, CustomerUser> findCustomerUsers(Collection<String> logins) {
        Map<String, CustomerUser> found = new HashMap<>();
        for (String login : logins) {
            findCustomerUser(login).ifPresent(u -> found.put(u.login().toLowerCase(Locale.ROOT), u));
        }
        return found;
    }

    /** @return one page of the customer users matching the search, with the exact total */
    Page<CustomerUser> searchCustomerUsers(Search<CustomerUserSort> search);

    /**
     * One page of the matching customer users without the total, for callers that count separately (a
     * lazy grid asks for its rows and its size in two calls): the count is not computed twice.
     *
     * @return the customer users of the search's page, in its order
     * @since 1.1
     */
    default List<CustomerUser> listCustomerUsers(Search<CustomerUserSort> search) {
        return searchCustomerUsers(search).items();
    }

    /** @return the number of customer users matching the search's filter and validity */
    long countCustomerUsers(Search<CustomerUserSort> search);

    /**
     * Keyset paging for bulk work over millions of users: the logins matching {@code filter} (as in
     * {@link Search#filter()}) and {@code validity}, ascending ignoring case, strictly after
     * {@code afterLogin}. Call again with the last login returned until the list is shorter than
     * {@code limit}.
     *
     * @param afterLogin the last login of the previous call, or {@code null} to start
     * @param limit 1 to 50,000
     * @return up to {@code limit} logins as the directory spells them
     */
    List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit);

    /**
     * @return whether the user comes from a read-only backend (e.g. LDAP): the writes of this directory refuse
     *         such users with {@link DirectoryException.Reason#READ_ONLY}, though they can be related to
     *         customers like any user
     * @since 1.2
     */
    default boolean isReadOnly(CustomerUser user) {
        return false;
    }

    /**
     * Creates a customer user in the default backend.
     *
     * @throws DirectoryException for a bad or duplicate login, an unknown primary customer or a malformed e-mail
     */
    CustomerUser createCustomerUser(String login, CustomerUserDraft draft, String actor);

    /** Replaces names, e-mail and primary customer, and the password when the draft has one. */
    CustomerUser updateCustomerUser(String login, CustomerUserDraft draft, String actor);

    /** Changes the login. */
    CustomerUser renameCustomerUser(String login, String newLogin, String actor);

    /** Switches a customer user valid or invalid. */
    CustomerUser setCustomerUserValid(String login, boolean valid, String actor);

    /** Deletes a customer user. */
    void deleteCustomerUser(String login, String actor);

    /**
     * @return the user when the login exists, is valid, has a password and {@code password} matches it
     */
    Optional<CustomerUser> authenticate(String login, char[] password);
}
