package org.helpdesk.platform.tickets.internal;

/** The real settings component with {@code CustomerDisableCompanyTicketAccess} switched by the test. */
public final class SwitchableSettings extends TicketSettings {

    public volatile boolean disabled;

    public SwitchableSettings() {
        super(new TicketSettingsConfiguration() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return TicketSettingsConfiguration.class;
            }

            @Override
            public boolean CustomerDisableCompanyTicketAccess() {
                return false;
            }
        }, (pid, property) -> java.util.Optional.empty());
    }

    @Override
    public boolean companyTicketAccessDisabled() {
        return disabled;
    }
}
