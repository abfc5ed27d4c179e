package org.helpdesk.platform.directory.ldap.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.helpdesk.platform.api.directory.CustomerUserWords;
import org.helpdesk.platform.api.directory.CustomerUserWords.Term;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

/**
 * The customer users of one LDAP directory. Searches read every candidate entry in pages of
 * {@value #PAGE} (so no server size limit cuts them), decide the search words by the rule all backends share
 * ({@link CustomerUserWords}) and sort in Java: exact, and quick for the tens of thousands of partner users
 * such a directory holds.
 */
final class LdapUsers {

    static final int PAGE = 500;
    private static final int LOGINS_PER_FILTER = 200;

    private final LdapSettings settings;
    private final LdapConnections connections;
    private final LdapFilters filters;
    private final EntryReader reader;

    LdapUsers(LdapSettings settings, LdapConnections connections) {
        this.settings = settings;
        this.connections = connections;
        this.filters = new LdapFilters(settings);
        this.reader = new EntryReader(settings);
    }

    Optional<CustomerUser> find(String login) {
        return entry(login).flatMap(reader::user);
    }

    Optional<SearchResultEntry> entry(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        String wanted = lower(login.strip());
        // the first entry by DN decides when a directory holds a login twice, so answers never flicker
        return entries(filters.login(login.strip())).stream()
                .filter(e -> reader.user(e).map(u -> lower(u.login()).equals(wanted)).orElse(false))
                .min((a, b) -> a.getDN().compareToIgnoreCase(b.getDN()));
    }

    Map<String, CustomerUser> findAll(Collection<String> logins) {
        List<String> wanted = logins.stream().filter(l -> l != null && !l.isBlank()).map(String::strip)
                .distinct().toList();
        Map<String, CustomerUser> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += LOGINS_PER_FILTER) {
            List<String> batch = wanted.subList(from, Math.min(wanted.size(), from + LOGINS_PER_FILTER));
            for (SearchResultEntry entry : entries(filters.logins(batch))) {
                reader.user(entry).ifPresent(u -> found.putIfAbsent(lower(u.login()), u));
            }
        }
        return found;
    }

    List<CustomerUser> search(String filter, Validity validity, CustomerUserSort sort, SortOrder order, int limit) {
        List<CustomerUser> matching = matching(filter, validity);
        matching.sort(UserOrder.of(sort, order));
        return List.copyOf(matching.subList(0, Math.min(limit, matching.size())));
    }

    long count(String filter, Validity validity) {
        return matching(filter, validity).size();
    }

    List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
        String after = afterLogin == null ? null : lower(afterLogin);
        return matching(filter, validity).stream().map(CustomerUser::login)
                .filter(l -> after == null || lower(l).compareTo(after) > 0)
                .sorted((a, b) -> lower(a).compareTo(lower(b))).limit(limit).toList();
    }

    Optional<CustomerUser> authenticate(String login, char[] password) {
        Optional<SearchResultEntry> entry = entry(login);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Optional<CustomerUser> user = reader.user(entry.get()).filter(CustomerUser::valid);
        return user.isPresent() && connections.bind(entry.get().getDN(), password) ? user : Optional.empty();
    }

    List<String> extraCustomerIds(String login) {
        if (settings.attributes().extraCustomerIds().isEmpty()) {
            return List.of();
        }
        return entry(login).map(reader::extraCustomerIds).orElse(List.of());
    }

    private List<CustomerUser> matching(String filter, Validity validity) {
        List<Term> terms = CustomerUserWords.terms(filter);
        Set<String> seen = new LinkedHashSet<>();
        List<CustomerUser> users = new ArrayList<>();
        for (SearchResultEntry entry : entries(filters.users(terms, validity))) {
            reader.user(entry).filter(u -> CustomerUserWords.matches(u, terms)).filter(u -> seen.add(lower(u.login())))
                    .ifPresent(users::add);
        }
        return users;
    }

    private List<SearchResultEntry> entries(Filter filter) {
        return connections.run(connection -> pages(connection, filter));
    }

    private List<SearchResultEntry> pages(LDAPConnection connection, Filter filter) throws LDAPException {
        List<SearchResultEntry> entries = new ArrayList<>();
        ASN1OctetString cookie = null;
        do {
            SearchRequest request = new SearchRequest(settings.baseDn().toString(), SearchScope.SUB, filter,
                    reader.attributes());
            request.setControls(new SimplePagedResultsControl(PAGE, cookie, true));
            request.setResponseTimeoutMillis(settings.responseTimeoutMillis());
            SearchResult result = connection.search(request);
            entries.addAll(result.getSearchEntries());
            SimplePagedResultsControl paged = SimplePagedResultsControl.get(result);
            cookie = paged != null && paged.moreResultsToReturn() ? paged.getCookie() : null;
        } while (cookie != null);
        return entries;
    }

    static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
