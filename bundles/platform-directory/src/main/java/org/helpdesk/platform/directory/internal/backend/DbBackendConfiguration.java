package org.helpdesk.platform.directory.internal.backend;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Helpdesk customer-user backend (database)",
        description = "A source of customer users stored in the helpdesk database. Create one configuration "
                + "per backend (factory configuration, e.g. etc/org.helpdesk.platform.directory.db-default.cfg).")
public @interface DbBackendConfiguration {

    @AttributeDefinition(name = "Backend ID",
            description = "The ID that customer-user records name as their backend. Users created in the admin views "
                    + "and the shell belong to the backend 'db'.")
    String backend_id() default "db";

    @AttributeDefinition(name = "CustomerUserExcludePrimaryCustomerID",
            description = "Leave the primary customer out of the customer IDs of this backend's users. Together with "
                    + "relations to their own company this lets only chosen users of a company see its tickets "
                    + "(privilege separation).")
    boolean CustomerUserExcludePrimaryCustomerID() default false;

    @AttributeDefinition(name = "CustomerUserCustomerIDsField",
            description = "The field that delivers extra customer IDs per user (comma-separated), as OTRS' "
                    + "UserCustomerIDs. Empty: this backend delivers none. Supported: extra_customer_ids.")
    String CustomerUserCustomerIDsField() default "";
}
