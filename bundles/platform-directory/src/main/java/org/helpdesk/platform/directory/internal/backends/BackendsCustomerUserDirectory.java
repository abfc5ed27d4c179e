package org.helpdesk.platform.directory.internal.backends;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.api.directory.spi.CustomerUserSource;
import org.helpdesk.platform.directory.internal.DbCustomerUserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The platform's customer users over all backends: the database first, then each registered
 * {@link CustomerUserSource} by its order. A login held by two backends belongs to the first. Lists
 * show the database's matches, then each source's, each part in the search's order. Source users are
 * read-only; a source that does not answer fails the call that needs it, and nothing is written.
 */
@Component(service = CustomerUserDirectory.class)
public class BackendsCustomerUserDirectory implements CustomerUserDirectory {

    private final DbCustomerUserDirectory db;
    private final List<CustomerUserSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public BackendsCustomerUserDirectory(@Reference DbCustomerUserDirectory db) {
        this.db = db;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(CustomerUserSource source) {
        sources.add(source);
    }

    void removeSource(CustomerUserSource source) {
        sources.remove(source);
    }

    /** @return the database part and one part per source, in their order */
    List<Part> parts() {
        List<CustomerUserSource> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparingInt(CustomerUserSource::order).thenComparing(CustomerUserSource::backendId));
        List<Part> parts = new ArrayList<>();
        parts.add(new DatabasePart(db));
        for (CustomerUserSource source : ordered) {
            parts.add(new SourcePart(source, parts));
        }
        return parts;
    }

    @Override
    public Optional<CustomerUser> findCustomerUser(String login) {
        for (Part part : parts()) {
            Optional<CustomerUser> found = part.find(login);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public Map<String, CustomerUser> findCustomerUsers(Collection<String> logins) {
        Map<String, CustomerUser> found = new HashMap<>();
        List<String> missing = new ArrayList<>(logins);
        for (Part part : parts()) {
            if (missing.isEmpty()) {
                break;
            }
            part.findAll(missing).forEach(found::putIfAbsent);
            missing.removeIf(l -> l == null || found.containsKey(l.strip().toLowerCase(Locale.ROOT)));
        }
        return found;
    }

    @Override
    public Page<CustomerUser> searchCustomerUsers(Search<CustomerUserSort> search) {
        List<Part> parts = parts();
        if (parts.size() == 1) {
            return db.searchCustomerUsers(search);
        }
        return new Page<>(ConcatenatedPages.page(parts, search), ConcatenatedPages.count(parts, search));
    }

    @Override
    public List<CustomerUser> listCustomerUsers(Search<CustomerUserSort> search) {
        List<Part> parts = parts();
        return parts.size() == 1 ? db.listCustomerUsers(search) : ConcatenatedPages.page(parts, search);
    }

    @Override
    public long countCustomerUsers(Search<CustomerUserSort> search) {
        List<Part> parts = parts();
        return parts.size() == 1 ? db.countCustomerUsers(search) : ConcatenatedPages.count(parts, search);
    }

    @Override
    public List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
        List<Part> parts = parts();
        return parts.size() == 1 ? db.matchingLogins(filter, validity, afterLogin, limit)
                : MergedLogins.next(parts, filter, validity, afterLogin, limit);
    }

    @Override
    public boolean isReadOnly(CustomerUser user) {
        return !DbCustomerUserDirectory.DB_BACKEND.equals(user.backend())
                && sources.stream().anyMatch(s -> s.backendId().equals(user.backend()));
    }

    @Override
    public CustomerUser createCustomerUser(String login, CustomerUserDraft draft, String actor) {
        refuseSourceLogin(login);
        return db.createCustomerUser(login, draft, actor);
    }

    @Override
    public CustomerUser updateCustomerUser(String login, CustomerUserDraft draft, String actor) {
        requireDatabaseUser(login);
        return db.updateCustomerUser(login, draft, actor);
    }

    @Override
    public CustomerUser renameCustomerUser(String login, String newLogin, String actor) {
        requireDatabaseUser(login);
        if (newLogin != null && login != null && !newLogin.strip().equalsIgnoreCase(login.strip())) {
            refuseSourceLogin(newLogin);
        }
        return db.renameCustomerUser(login, newLogin, actor);
    }

    @Override
    public CustomerUser setCustomerUserValid(String login, boolean valid, String actor) {
        requireDatabaseUser(login);
        return db.setCustomerUserValid(login, valid, actor);
    }

    @Override
    public void deleteCustomerUser(String login, String actor) {
        requireDatabaseUser(login);
        db.deleteCustomerUser(login, actor);
    }

    @Override
    public Optional<CustomerUser> authenticate(String login, char[] password) {
        for (Part part : parts()) {
            if (part.find(login).isPresent()) {
                return part.authenticate(login, password);
            }
        }
        return Optional.empty();
    }

    /** A user only a source holds cannot be changed here; an unknown one is left to the database's error. */
    private void requireDatabaseUser(String login) {
        if (db.findCustomerUser(login).isPresent()) {
            return;
        }
        for (CustomerUserSource source : sources) {
            if (source.find(login).isPresent()) {
                throw new DirectoryException(Reason.READ_ONLY, login, "The customer user '" + login
                        + "' comes from the read-only backend '" + source.backendId() + "': change it there");
            }
        }
    }

    /** A new database login must not take over a user of a source (nor can it be checked while one is down). */
    private void refuseSourceLogin(String login) {
        if (login == null || login.isBlank()) {
            return;
        }
        for (CustomerUserSource source : sources) {
            if (source.find(login.strip()).isPresent()) {
                throw new DirectoryException(Reason.DUPLICATE, login, "A customer user with login '" + login.strip()
                        + "' exists already in the backend '" + source.backendId() + "' (logins ignore case)");
            }
        }
    }
}
