package org.helpdesk.platform.settings.internal;

import org.helpdesk.platform.api.admin.AdminRoles;
import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.api.admin.NavigationGroup;
import org.helpdesk.platform.settings.internal.model.SettingsStore;
import org.helpdesk.platform.settings.internal.view.SystemConfigurationView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the System Configuration view to the "System" group of the admin shell. */
@Component(service = AdminView.class)
public class SystemConfigurationAdminView implements AdminView {

    private final SettingsStore settings;

    @Activate
    public SystemConfigurationAdminView(@Reference(name = "settings") SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public Class<SystemConfigurationView> navigationTarget() {
        return SystemConfigurationView.class;
    }

    @Override
    public NavigationGroup navigationGroup() {
        return NavigationGroup.SYSTEM;
    }

    @Override
    public String labelKey() {
        return "settings.nav";
    }

    @Override
    public String requiredRole() {
        return AdminRoles.ADMIN;
    }

    @Override
    public <T extends com.vaadin.flow.component.Component> T createRouteTarget(Class<T> routeTarget) {
        if (routeTarget == SystemConfigurationView.class) {
            return routeTarget.cast(new SystemConfigurationView(settings));
        }
        return AdminView.super.createRouteTarget(routeTarget);
    }
}
