package org.helpdesk.platform.web.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Helpdesk admin shell login",
        description = "How users log in to the admin web shell at /admin.")
public @interface AdminLoginConfiguration {

    @AttributeDefinition(name = "JAAS realm",
            description = "The Karaf JAAS realm that checks user names and passwords and grants roles. "
                    + "Users need the role 'admin' to open admin views.")
    String realm() default "karaf";
}
