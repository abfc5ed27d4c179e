package org.helpdesk.platform.api.directory.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.directory.CustomerUserBackend;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The customer users of one read-only backend with a store of its own, such as an LDAP directory.
 * The platform's {@link org.helpdesk.platform.api.directory.CustomerUserDirectory} answers over its
 * own database users and all registered sources, in the order of their {@link #order()} (the
 * database backend has order 0; a login found in two backends belongs to the first).
 * <p>
 * Filters have the meaning of {@link org.helpdesk.platform.api.directory.dto.Search#filter()};
 * logins are matched ignoring case. Every method either answers completely or throws a
 * {@link DirectoryException} with {@link DirectoryException.Reason#BACKEND_UNAVAILABLE} within the
 * backend's configured timeout.
 */
@ConsumerType
public interface CustomerUserSource {

    /** @return the {@link CustomerUserBackend#id()} of this source's users */
    String backendId();

    /** @return the position among the backends, lower first; the database backend is 0 */
    int order();

    /** @return the user with this login, ignoring case */
    Optional<CustomerUser> find(String login);

    /** @return the users found, keyed by login in lower case ({@link java.util.Locale#ROOT}) */
    Map<String, CustomerUser> findAll(Collection<String> logins);

    /**
     * @param limit how many of the first matches to return, 1 or more
     * @return the first {@code limit} users matching filter and validity, sorted by {@code sort} ignoring
     *         case and then by login ignoring case, both in {@code order}
     */
    List<CustomerUser> search(String filter, Validity validity, CustomerUserSort sort, SortOrder order, int limit);

    /** @return the exact number of users matching filter and validity */
    long count(String filter, Validity validity);

    /**
     * @return up to {@code limit} logins matching filter and validity, ascending ignoring case, strictly
     *         after {@code afterLogin} (ignoring case) unless it is {@code null}
     */
    List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit);

    /** @return the user when the login exists, is valid and the backend accepts the password */
    Optional<CustomerUser> authenticate(String login, char[] password);
}
