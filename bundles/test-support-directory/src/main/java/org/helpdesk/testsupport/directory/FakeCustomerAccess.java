package org.helpdesk.testsupport.directory;

import static org.helpdesk.testsupport.directory.Store.lower;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.access.CustomerIdContributor;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.helpdesk.platform.api.directory.CustomerUserBackend;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * {@link CustomerAccess} on a {@link FakeDirectory}, deciding rule R1 as the platform's
 * {@code DefaultCustomerAccess} does: the extra IDs of the user's backend, then the primary customer unless
 * that backend excludes it (a user whose backend is not in the directory keeps it), then the contributors'
 * grants sorted ignoring case; no duplicates ignoring case, the first spelling wins. Nothing is cached.
 */
public final class FakeCustomerAccess implements CustomerAccess {

    private final FakeCustomerUsers users;
    private final Store store;
    private final List<CustomerIdContributor> contributors = new CopyOnWriteArrayList<>();
    private volatile boolean companyTicketAccessDisabled;

    FakeCustomerAccess(FakeCustomerUsers users, Store store) {
        this.users = users;
        this.store = store;
    }

    /** The system setting {@code CustomerDisableCompanyTicketAccess}; tests may switch it at any time. */
    public void setCompanyTicketAccessDisabled(boolean disabled) {
        this.companyTicketAccessDisabled = disabled;
    }

    public void addContributor(CustomerIdContributor contributor) {
        contributors.add(contributor);
    }

    public void removeContributor(CustomerIdContributor contributor) {
        contributors.remove(contributor);
    }

    @Override
    public AccessDecision decide(String login) {
        String key = login == null ? "" : login.strip();
        CustomerUser user = users.findCustomerUser(key).orElseThrow(() -> new DirectoryException(
                Reason.UNKNOWN_CUSTOMER_USER, login, "Unknown customer user: '" + login + "'"));
        return new AccessDecision(user.login(), customerIds(user), companyTicketAccessDisabled);
    }

    @Override
    public boolean companyTicketAccessDisabled() {
        return companyTicketAccessDisabled;
    }

    private List<CustomerIdGrant> customerIds(CustomerUser user) {
        Grants grants = new Grants();
        CustomerUserBackend backend = store.backends.get(user.backend());
        if (backend != null) {
            for (String id : backend.extraCustomerIds(user.login())) {
                grants.add(id, CustomerIdGrant.BACKEND);
            }
        }
        if (backend == null || !backend.excludePrimaryCustomerId()) {
            grants.add(user.primaryCustomerId(), CustomerIdGrant.PRIMARY);
        }
        List<CustomerIdGrant> contributed = new ArrayList<>();
        for (CustomerIdContributor contributor : contributors) {
            List<CustomerIdGrant> ids = contributor.customerIds(user.login());
            if (ids != null) {
                contributed.addAll(ids);
            }
        }
        contributed.sort(Comparator.comparing(g -> lower(g.customerId())));
        for (CustomerIdGrant grant : contributed) {
            grants.add(grant.customerId(), grant.reason());
        }
        return grants.list;
    }

    private static final class Grants {
        final List<CustomerIdGrant> list = new ArrayList<>();
        final Set<String> seen = new HashSet<>();

        void add(String customerId, String reason) {
            if (customerId != null && !customerId.isBlank() && seen.add(lower(customerId.strip()))) {
                list.add(new CustomerIdGrant(customerId.strip(), reason));
            }
        }
    }
}
