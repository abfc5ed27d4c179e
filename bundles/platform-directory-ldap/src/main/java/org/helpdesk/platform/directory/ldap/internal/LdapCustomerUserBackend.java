package org.helpdesk.platform.directory.ldap.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.directory.CustomerUserBackend;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.SortOrder;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.api.directory.spi.CustomerUserSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/** One configured LDAP directory: a read-only customer-user backend with its own store. */
@Component(service = { CustomerUserBackend.class, CustomerUserSource.class },
        configurationPid = LdapCustomerUserBackend.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = LdapBackendConfiguration.class, factory = true)
public class LdapCustomerUserBackend implements CustomerUserBackend, CustomerUserSource {

    public static final String FACTORY_PID = "org.helpdesk.platform.directory.ldap";

    private final LdapSettings settings;
    private final LdapConnections connections;
    private final LdapUsers users;

    @Activate
    public LdapCustomerUserBackend(LdapBackendConfiguration configuration) {
        this.settings = LdapSettings.of(configuration);
        this.connections = new LdapConnections(settings);
        this.users = new LdapUsers(settings, connections);
    }

    @Deactivate
    void deactivate() {
        connections.close();
    }

    @Override
    public String id() {
        return settings.backendId();
    }

    @Override
    public String backendId() {
        return settings.backendId();
    }

    @Override
    public int order() {
        return settings.order();
    }

    @Override
    public boolean excludePrimaryCustomerId() {
        return settings.excludePrimaryCustomerId();
    }

    @Override
    public List<String> extraCustomerIds(String login) {
        return users.extraCustomerIds(login);
    }

    @Override
    public Optional<CustomerUser> find(String login) {
        return users.find(login);
    }

    @Override
    public Map<String, CustomerUser> findAll(Collection<String> logins) {
        return users.findAll(logins);
    }

    @Override
    public List<CustomerUser> search(String filter, Validity validity, CustomerUserSort sort, SortOrder order,
            int limit) {
        return users.search(filter, validity, sort, order, limit);
    }

    @Override
    public long count(String filter, Validity validity) {
        return users.count(filter, validity);
    }

    @Override
    public List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
        return users.matchingLogins(filter, validity, afterLogin, limit);
    }

    @Override
    public Optional<CustomerUser> authenticate(String login, char[] password) {
        return users.authenticate(login, password);
    }
}
