package org.helpdesk.testsupport.directory;

import java.util.List;

import org.helpdesk.platform.api.directory.CustomerUserBackend;

/**
 * A customer-user backend of a {@link FakeDirectory}, as the real database backend: by default (as in its
 * shipped configuration) it neither excludes the primary customer nor delivers extra customer IDs. When
 * switched on, it delivers the IDs set with {@link FakeDirectory#setExtraCustomerIds}.
 */
public final class FakeBackend implements CustomerUserBackend {

    private final String id;
    private final UserTable users;
    private volatile boolean excludePrimary;
    private volatile boolean deliversExtraIds;

    FakeBackend(String id, UserTable users) {
        this.id = id;
        this.users = users;
    }

    /** The setting {@code CustomerUserExcludePrimaryCustomerID}; tests may switch it at any time. */
    public FakeBackend setExcludePrimaryCustomerId(boolean exclude) {
        this.excludePrimary = exclude;
        return this;
    }

    /** The setting {@code CustomerUserCustomerIDsField}: whether the users' extra customer IDs are delivered. */
    public FakeBackend setDeliversExtraCustomerIds(boolean delivers) {
        this.deliversExtraIds = delivers;
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean excludePrimaryCustomerId() {
        return excludePrimary;
    }

    @Override
    public List<String> extraCustomerIds(String login) {
        return !deliversExtraIds || login == null ? List.of() : users.extraCustomerIds(login);
    }

    @Override
    public String toString() {
        return "FakeBackend " + id;
    }
}
