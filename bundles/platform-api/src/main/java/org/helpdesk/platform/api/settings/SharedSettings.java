package org.helpdesk.platform.api.settings;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The settings an admin saved through System Configuration (the view or {@code helpdesk:setting-set}), as the
 * {@code helpdesk} database holds them for every node. Every node also copies them into its ConfigAdmin, but
 * only a short while after another node saved them; a component whose decision must follow a change on another
 * node at once asks here per decision instead, and keeps its typed configuration for the value when nothing was
 * saved.
 * <p>
 * Thread-safe. Each call is one read by primary key; it throws a {@link RuntimeException} when the database does
 * not answer, so a caller never acts on a value that may be stale.
 */
@ProviderType
public interface SharedSettings {

    /**
     * @param pid the configuration's PID, e.g. {@code org.helpdesk.platform.tickets}
     * @param property the property (the metatype attribute ID)
     * @return the saved value as text ({@code "true"}/{@code "false"} for booleans, numbers in Java notation), or
     *         empty when this property was never saved through System Configuration
     */
    Optional<String> value(String pid, String property);
}
