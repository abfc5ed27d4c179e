package org.helpdesk.customerrelations.core.internal;

import java.util.List;

import org.helpdesk.platform.api.directory.CustomerUserBackend;

/** A backend with a fixed {@code CustomerUserExcludePrimaryCustomerID}. */
record FakeBackend(String id, boolean excludePrimaryCustomerId) implements CustomerUserBackend {

    @Override
    public List<String> extraCustomerIds(String login) {
        return List.of();
    }
}
