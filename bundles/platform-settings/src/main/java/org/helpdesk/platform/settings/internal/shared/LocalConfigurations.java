package org.helpdesk.platform.settings.internal.shared;

import java.io.IOException;
import java.util.Map;

/** A node's own configurations (its ConfigAdmin), addressed by the keys of {@link SharedKeys}. */
public interface LocalConfigurations {

    /**
     * @param factoryPid the factory PID, or {@code null} for a singleton configuration
     * @return the configuration's properties (empty for a singleton not configured yet), or {@code null} for a
     *         factory configuration this node does not have
     */
    Map<String, Object> properties(String key, String factoryPid) throws IOException;

    /**
     * Sets {@code changed} in the configuration, keeping its other properties; creates a singleton configuration.
     *
     * @throws IOException when it cannot be written, or a factory configuration this node does not have
     */
    void update(String key, String factoryPid, Map<String, Object> changed) throws IOException;
}
