package org.helpdesk.platform.tickets.internal.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.access.CustomerIdContributor;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.helpdesk.platform.api.directory.CustomerUserBackend;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.tickets.internal.TicketSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Rules R1 and R2. Nothing is cached: every call asks the directory, the user's backend, every
 * contributor and the settings, so a revoked right is gone at the next call.
 */
@Component(service = CustomerAccess.class)
public class DefaultCustomerAccess implements CustomerAccess {

    private final CustomerUserDirectory users;
    private final TicketSettings settings;
    // Copy-on-write: calls iterate a snapshot while services come and go.
    private final List<CustomerUserBackend> backends = new CopyOnWriteArrayList<>();
    private final List<CustomerIdContributor> contributors = new CopyOnWriteArrayList<>();

    @Activate
    public DefaultCustomerAccess(@Reference CustomerUserDirectory users, @Reference TicketSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addBackend(CustomerUserBackend backend) {
        backends.add(backend);
    }

    public void removeBackend(CustomerUserBackend backend) {
        backends.remove(backend);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
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
        boolean disabled = settings.companyTicketAccessDisabled();
        return new AccessDecision(user.login(), customerIds(user), disabled);
    }

    @Override
    public boolean companyTicketAccessDisabled() {
        return settings.companyTicketAccessDisabled();
    }

    private List<CustomerIdGrant> customerIds(CustomerUser user) {
        Grants grants = new Grants();
        CustomerUserBackend backend = backendOf(user);
        if (backend != null) {
            for (String id : backend.extraCustomerIds(user.login())) {
                grants.add(id, CustomerIdGrant.BACKEND);
            }
        }
        // Without its backend service the user still has the primary: the default of the setting.
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
        // Stable sort: for equal IDs the spelling of the earlier contributor stays first.
        contributed.sort(Comparator.comparing(g -> lower(g.customerId())));
        for (CustomerIdGrant grant : contributed) {
            grants.add(grant.customerId(), grant.reason());
        }
        return grants.list;
    }

    private CustomerUserBackend backendOf(CustomerUser user) {
        for (CustomerUserBackend backend : backends) {
            if (user.backend().equals(backend.id())) {
                return backend;
            }
        }
        return null;
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** IDs in order of arrival, without duplicates ignoring case; the first spelling wins. */
    private static final class Grants {
        final List<CustomerIdGrant> list = new ArrayList<>();
        final Set<String> seen = new HashSet<>();

        void add(String customerId, String reason) {
            if (customerId == null || customerId.isBlank()) {
                return;
            }
            String id = customerId.strip();
            if (seen.add(lower(id))) {
                list.add(new CustomerIdGrant(id, reason));
            }
        }
    }
}
