package org.helpdesk.platform.tickets.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The ticket settings of System Configuration. A change is seen by the next call to
 * {@link #companyTicketAccessDisabled()}: the component is modified in place, never cached elsewhere.
 */
@Component(service = TicketSettings.class, configurationPid = TicketSettings.PID)
@Designate(ocd = TicketSettingsConfiguration.class)
public class TicketSettings {

    public static final String PID = "org.helpdesk.platform.tickets";

    private volatile boolean companyTicketAccessDisabled;

    @Activate
    public TicketSettings(TicketSettingsConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(TicketSettingsConfiguration configuration) {
        companyTicketAccessDisabled = configuration.CustomerDisableCompanyTicketAccess();
    }

    /** @return the setting CustomerDisableCompanyTicketAccess as it is now */
    public boolean companyTicketAccessDisabled() {
        return companyTicketAccessDisabled;
    }
}
