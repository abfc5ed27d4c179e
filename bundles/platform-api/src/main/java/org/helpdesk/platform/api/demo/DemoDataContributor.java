package org.helpdesk.platform.api.demo;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's part of the demo data (e.g. the worked example's tickets), registered as an OSGi service.
 * The directory calls every contributor after it has loaded its own demo records: from
 * {@code helpdesk:demo-data}, and on the platform's first start (also when the contributor's bundle
 * starts later than the directory).
 */
@ConsumerType
public interface DemoDataContributor {

    /**
     * Creates what is missing of this contributor's demo data and leaves existing records alone, so it
     * can run any number of times. The directory's demo customers and users exist when this is called.
     *
     * @param actor who loads the data, for "created by" columns
     * @return the number of records created
     */
    int loadDemoData(String actor);
}
