package org.helpdesk.platform.tickets.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Helpdesk ticket settings",
        description = "Who may see which tickets in the customer portal.")
public @interface TicketSettingsConfiguration {

    @AttributeDefinition(name = "CustomerDisableCompanyTicketAccess",
            description = "No customer user gets company tickets: each sees only their own tickets, whatever their "
                    + "customer IDs and relations. Turn it on while you set up privilege separation, then off again.")
    boolean CustomerDisableCompanyTicketAccess() default false;
}
