package org.helpdesk.platform.directory.internal.backends;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;

/** The users one backend adds to the directory: the database's, or a source's not shadowed by earlier ones. */
interface Part {

    String backendId();

    Optional<CustomerUser> find(String login);

    /** @return the users found, keyed by login in lower case */
    Map<String, CustomerUser> findAll(Collection<String> logins);

    /** @return the page of this part's matching users at the search's offset and limit */
    List<CustomerUser> page(Search<CustomerUserSort> search);

    long count(Search<CustomerUserSort> search);

    List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit);

    /** Called only for a login this part holds, as {@link #find} said. */
    Optional<CustomerUser> authenticate(String login, char[] password);
}
