package org.helpdesk.platform.tickets.internal;

import org.helpdesk.platform.api.settings.SharedSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The ticket settings of System Configuration. {@link #companyTicketAccessDisabled()} asks the database on every
 * call, since the access decision must follow a switch saved on another node from the next request on, not only
 * once this node's ConfigAdmin caught up; the typed configuration gives the value while nothing was saved there.
 */
@Component(service = TicketSettings.class, configurationPid = TicketSettings.PID)
@Designate(ocd = TicketSettingsConfiguration.class)
public class TicketSettings {

    public static final String PID = "org.helpdesk.platform.tickets";
    static final String COMPANY_TICKET_ACCESS = "CustomerDisableCompanyTicketAccess";

    private final SharedSettings shared;
    private volatile boolean configured;

    @Activate
    public TicketSettings(TicketSettingsConfiguration configuration, @Reference SharedSettings shared) {
        this.shared = shared;
        modified(configuration);
    }

    @Modified
    void modified(TicketSettingsConfiguration configuration) {
        configured = configuration.CustomerDisableCompanyTicketAccess();
    }

    /**
     * @return the setting CustomerDisableCompanyTicketAccess as it is now on every node
     * @throws RuntimeException when the database does not answer
     */
    public boolean companyTicketAccessDisabled() {
        return shared.value(PID, COMPANY_TICKET_ACCESS).map(Boolean::parseBoolean).orElse(configured);
    }
}
