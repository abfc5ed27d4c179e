package org.helpdesk.platform.directory.internal.backend;

import static org.helpdesk.platform.directory.internal.db.Lower.lower;

import java.util.Arrays;
import java.util.List;

import org.helpdesk.platform.api.directory.CustomerUserBackend;
import org.helpdesk.platform.directory.internal.db.CustomerUserMapper;
import org.helpdesk.platform.directory.internal.db.DirectoryDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** One configured database backend of customer users. */
@Component(service = CustomerUserBackend.class, configurationPid = DbCustomerUserBackend.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DbBackendConfiguration.class, factory = true)
public class DbCustomerUserBackend implements CustomerUserBackend {

    public static final String FACTORY_PID = "org.helpdesk.platform.directory.db";
    static final String EXTRA_IDS_COLUMN = "extra_customer_ids";

    private final DirectoryDatabase database;
    private final String id;
    private final boolean excludePrimary;
    private final boolean deliversExtraIds;

    @Activate
    public DbCustomerUserBackend(@Reference DirectoryDatabase database, DbBackendConfiguration configuration) {
        this.database = database;
        this.id = configuration.backend_id() == null ? "" : configuration.backend_id().strip();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("backend.id must not be empty");
        }
        String field = configuration.CustomerUserCustomerIDsField() == null ? ""
                : configuration.CustomerUserCustomerIDsField().strip();
        if (!field.isEmpty() && !EXTRA_IDS_COLUMN.equals(field)) {
            throw new IllegalArgumentException("CustomerUserCustomerIDsField must be empty or " + EXTRA_IDS_COLUMN
                    + ", not '" + field + "'");
        }
        this.deliversExtraIds = !field.isEmpty();
        this.excludePrimary = configuration.CustomerUserExcludePrimaryCustomerID();
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
        if (!deliversExtraIds || login == null) {
            return List.of();
        }
        String stored = database.read(s -> s.getMapper(CustomerUserMapper.class).extraCustomerIds(lower(login.strip())));
        return split(stored);
    }

    static List<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
