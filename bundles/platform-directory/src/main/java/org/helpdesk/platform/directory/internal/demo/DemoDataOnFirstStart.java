package org.helpdesk.platform.directory.internal.demo;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the demo data into an empty directory when the platform starts, unless switched off. */
@Component(configurationPid = "org.helpdesk.platform.directory.demo")
@Designate(ocd = DemoDataConfiguration.class)
public class DemoDataOnFirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataOnFirstStart.class);

    @Activate
    public DemoDataOnFirstStart(@Reference CustomerDirectory customers, @Reference CustomerUserDirectory users,
            DemoDataConfiguration configuration) {
        if (configuration.loadOnFirstStart()
                && customers.countCustomers(Search.of("", CustomerSort.CUSTOMER_ID, 1)) == 0) {
            int created = DemoData.load(customers, users, "demo-data");
            LOG.info("Loaded the demo data into the empty directory: {} records", created);
        }
    }
}
