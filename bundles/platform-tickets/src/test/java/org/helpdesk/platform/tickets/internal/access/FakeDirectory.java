package org.helpdesk.platform.tickets.internal.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.directory.CustomerUserBackend;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.tickets.internal.TicketSettings;
import org.helpdesk.platform.tickets.internal.TicketSettingsConfiguration;

/** Small fakes for the access rules: a user directory, a backend and the settings. */
public final class FakeDirectory implements CustomerUserDirectory {

    final Map<String, CustomerUser> users = new LinkedHashMap<>();

    public FakeDirectory user(String login, String primary, String backend) {
        users.put(login.toLowerCase(Locale.ROOT), new CustomerUser(login, "", "", "", primary, true, backend));
        return this;
    }

    @Override
    public Optional<CustomerUser> findCustomerUser(String login) {
        return Optional.ofNullable(users.get(login.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Page<CustomerUser> searchCustomerUsers(Search<CustomerUserSort> search) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long countCustomerUsers(Search<CustomerUserSort> search) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
        return users.keySet().stream().sorted().filter(k -> afterLogin == null || k.compareTo(afterLogin.toLowerCase(Locale.ROOT)) > 0)
                .limit(limit).map(k -> users.get(k).login()).toList();
    }

    @Override
    public CustomerUser createCustomerUser(String login, CustomerUserDraft draft, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CustomerUser updateCustomerUser(String login, CustomerUserDraft draft, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CustomerUser renameCustomerUser(String login, String newLogin, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CustomerUser setCustomerUserValid(String login, boolean valid, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteCustomerUser(String login, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CustomerUser> authenticate(String login, char[] password) {
        throw new UnsupportedOperationException();
    }

    public static final class Backend implements CustomerUserBackend {
        final String id;
        public volatile boolean excludePrimary;
        public final Map<String, List<String>> extras = new LinkedHashMap<>();

        public Backend(String id) {
            this.id = id;
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
            return extras.getOrDefault(login.toLowerCase(Locale.ROOT), List.of());
        }
    }

    /** The real settings component, switched by the test. */
    public static final class Settings extends TicketSettings {
        public volatile boolean disabled;

        public Settings() {
            super(new TicketSettingsConfiguration() {
                @Override
                public Class<? extends java.lang.annotation.Annotation> annotationType() {
                    return TicketSettingsConfiguration.class;
                }

                @Override
                public boolean CustomerDisableCompanyTicketAccess() {
                    return false;
                }
            });
        }

        @Override
        public boolean companyTicketAccessDisabled() {
            return disabled;
        }
    }
}
