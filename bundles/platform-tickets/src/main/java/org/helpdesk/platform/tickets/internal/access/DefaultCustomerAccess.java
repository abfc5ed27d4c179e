package org.helpdesk.platform.tickets.internal.access;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.access.CustomerIdContributor;
import org.helpdesk.platform.api.access.CustomerIdRule;
import org.helpdesk.platform.api.directory.CustomerUserBackend;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
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
        return CustomerIdRule.decide(login, users, this::backendOf, contributors,
                settings.companyTicketAccessDisabled());
    }

    @Override
    public boolean companyTicketAccessDisabled() {
        return settings.companyTicketAccessDisabled();
    }

    private CustomerUserBackend backendOf(String backendId) {
        for (CustomerUserBackend backend : backends) {
            if (backendId.equals(backend.id())) {
                return backend;
            }
        }
        return null;
    }
}
