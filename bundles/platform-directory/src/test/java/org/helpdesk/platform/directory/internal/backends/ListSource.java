package org.helpdesk.platform.directory.internal.backends;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.api.directory.spi.CustomerUserSource;

/**
 * A source over a list, for the cross-backend rules alone (the LDAP source itself is tested against
 * OpenLDAP in platform-directory-ldap): a word matches the start of the login; the password is the
 * login reversed; {@link #down} makes every call fail as an unreachable server does.
 */
final class ListSource implements CustomerUserSource {

    final List<CustomerUser> users = new ArrayList<>();
    boolean down;
    private final String id;

    ListSource(String id, String... logins) {
        this.id = id;
        for (String login : logins) {
            users.add(new CustomerUser(login, "", "", "", "partner", true, id));
        }
    }

    @Override
    public String backendId() {
        return id;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<CustomerUser> find(String login) {
        check();
        return users.stream().filter(u -> u.login().equalsIgnoreCase(login)).findFirst();
    }

    @Override
    public Map<String, CustomerUser> findAll(Collection<String> logins) {
        Map<String, CustomerUser> found = new HashMap<>();
        logins.forEach(l -> find(l).ifPresent(u -> found.put(lower(u.login()), u)));
        return found;
    }

    @Override
    public List<CustomerUser> search(String filter, Validity validity, CustomerUserSort sort, SortOrder order,
            int limit) {
        Comparator<CustomerUser> byLogin = Comparator.comparing(u -> lower(u.login()));
        return matching(filter).sorted(order == SortOrder.ASCENDING ? byLogin : byLogin.reversed()).limit(limit)
                .toList();
    }

    @Override
    public long count(String filter, Validity validity) {
        return matching(filter).count();
    }

    @Override
    public List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
        return matching(filter).map(CustomerUser::login)
                .filter(l -> afterLogin == null || lower(l).compareTo(lower(afterLogin)) > 0)
                .sorted(Comparator.comparing(ListSource::lower)).limit(limit).toList();
    }

    @Override
    public Optional<CustomerUser> authenticate(String login, char[] password) {
        return find(login).filter(u -> new StringBuilder(u.login()).reverse().toString().equals(new String(password)));
    }

    private java.util.stream.Stream<CustomerUser> matching(String filter) {
        check();
        return users.stream().filter(u -> lower(u.login()).startsWith(lower(filter.strip())));
    }

    private void check() {
        if (down) {
            throw new DirectoryException(Reason.BACKEND_UNAVAILABLE, id, "backend '" + id + "' is down");
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
