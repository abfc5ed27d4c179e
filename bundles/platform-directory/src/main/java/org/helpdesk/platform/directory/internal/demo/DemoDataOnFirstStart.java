package org.helpdesk.platform.directory.internal.demo;

import java.sql.SQLException;
import java.time.Instant;

import org.helpdesk.platform.api.demo.DemoDataContributor;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.directory.internal.db.DirectoryDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the demo data into an empty directory when the platform starts, unless switched off. */
@Component(configurationPid = "org.helpdesk.platform.directory.demo")
@Designate(ocd = DemoDataConfiguration.class)
public class DemoDataOnFirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataOnFirstStart.class);

    /** Whether this start loaded the demo data: then contributors get theirs too, also when they come later. */
    private final boolean loaded;

    @Activate
    public DemoDataOnFirstStart(@Reference CustomerDirectory customers, @Reference CustomerUserDirectory users,
            @Reference DirectoryDatabase database, DemoDataConfiguration configuration) throws SQLException {
        if (configuration.loadOnFirstStart()
                && customers.countCustomers(Search.of("", CustomerSort.CUSTOMER_ID, 1)) == 0) {
            if (DemoDataClaim.claim(database.dataSource(), "demo-data", Instant.now())) {
                int created = DemoData.load(customers, users, "demo-data");
                LOG.info("Loaded the demo data into the empty directory: {} records", created);
                loaded = true;
            } else {
                // another node starting on the same database loads it (or did, and it was deleted since)
                LOG.info("The demo data was claimed by a node before; not loading it again");
                loaded = false;
            }
        } else {
            loaded = false;
        }
    }

    // Bound after the constructor for contributors present now, and later for those that come later.
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContributor(DemoDataContributor contributor) {
        if (loaded) {
            try {
                int created = contributor.loadDemoData("demo-data");
                LOG.info("Loaded demo data of {}: {} records", contributor.getClass().getName(), created);
            } catch (RuntimeException e) {
                LOG.warn("Demo data of {} failed: {}", contributor.getClass().getName(), e.getMessage(), e);
            }
        }
    }

    void removeContributor(DemoDataContributor contributor) {
        // nothing to undo: demo data stays
    }
}
