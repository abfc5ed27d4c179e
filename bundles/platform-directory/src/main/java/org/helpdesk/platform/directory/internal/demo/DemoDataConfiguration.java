package org.helpdesk.platform.directory.internal.demo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Helpdesk demo data",
        description = "Loads the worked example (acme, globex, initech; alice, bob, carol) into an empty directory.")
public @interface DemoDataConfiguration {

    @AttributeDefinition(name = "Load demo data on first start",
            description = "When the directory has no customer yet, load the demo data. Switch off for production.")
    boolean loadOnFirstStart() default true;
}
