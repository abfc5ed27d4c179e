package org.helpdesk.platform.settings.internal.model;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Where the System Configuration view reads and writes settings; kept free of OSGi types for the view. */
public interface SettingsStore {

    /** The settings of our bundles, ordered by PID and then as their bundles declare them. */
    List<Setting> list(Locale locale);

    /**
     * Writes one value, already parsed by {@link SettingValues#parse}.
     *
     * @throws SecurityException when the current user is no admin
     */
    void save(Setting setting, Object value) throws IOException;
}
