package org.helpdesk.testsupport.directory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.access.CustomerIdContributor;
import org.helpdesk.platform.api.access.CustomerIdRule;

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
        return CustomerIdRule.decide(login, users, store.backends::get, contributors, companyTicketAccessDisabled);
    }

    @Override
    public boolean companyTicketAccessDisabled() {
        return companyTicketAccessDisabled;
    }
}
