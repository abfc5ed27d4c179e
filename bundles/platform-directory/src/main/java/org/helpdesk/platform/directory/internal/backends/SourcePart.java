package org.helpdesk.platform.directory.internal.backends;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.api.directory.spi.CustomerUserSource;

/**
 * The users of a source without those whose login an earlier backend holds (first wins). Lists take
 * all of the source's matches and drop the shadowed ones, which suits sources of some ten thousand
 * users; see BENCHMARKS.md.
 */
final class SourcePart implements Part {

    private final CustomerUserSource source;
    private final List<Part> earlier;

    SourcePart(CustomerUserSource source, List<Part> earlier) {
        this.source = source;
        this.earlier = List.copyOf(earlier);
    }

    @Override
    public String backendId() {
        return source.backendId();
    }

    @Override
    public Optional<CustomerUser> find(String login) {
        return source.find(login).filter(u -> shadowed(List.of(u.login())).isEmpty());
    }

    @Override
    public Map<String, CustomerUser> findAll(Collection<String> logins) {
        Map<String, CustomerUser> found = new HashMap<>(source.findAll(logins));
        found.keySet().removeAll(shadowed(found.keySet()));
        return found;
    }

    @Override
    public List<CustomerUser> page(Search<CustomerUserSort> search) {
        List<CustomerUser> all = visible(search);
        int from = (int) Math.min(all.size(), search.offset());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + search.limit())));
    }

    @Override
    public long count(Search<CustomerUserSort> search) {
        return visible(search).size();
    }

    @Override
    public List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
        List<String> logins = new ArrayList<>();
        String after = afterLogin;
        while (logins.size() < limit) {
            List<String> batch = source.matchingLogins(filter, validity, after, limit);
            Set<String> hidden = shadowed(batch);
            batch.stream().filter(l -> !hidden.contains(lower(l))).limit(limit - logins.size()).forEach(logins::add);
            if (batch.size() < limit) {
                break;
            }
            after = batch.get(batch.size() - 1);
        }
        return logins;
    }

    /** Asked only for a login this part holds (the directory found it here first): no second lookup. */
    @Override
    public Optional<CustomerUser> authenticate(String login, char[] password) {
        return source.authenticate(login, password);
    }

    private List<CustomerUser> visible(Search<CustomerUserSort> search) {
        List<CustomerUser> all = source.search(search.filter(), search.validity(), search.sort(), search.order(),
                Integer.MAX_VALUE);
        Set<String> hidden = shadowed(all.stream().map(CustomerUser::login).toList());
        return hidden.isEmpty() ? all : all.stream().filter(u -> !hidden.contains(lower(u.login()))).toList();
    }

    /** @return the logins (lower case) an earlier backend holds */
    private Set<String> shadowed(Collection<String> logins) {
        if (logins.isEmpty()) {
            return Set.of();
        }
        Set<String> hidden = new HashSet<>();
        for (Part part : earlier) {
            hidden.addAll(part.findAll(logins).keySet());
        }
        return hidden;
    }

    static String lower(String login) {
        return login.toLowerCase(Locale.ROOT);
    }
}
