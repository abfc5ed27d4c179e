package org.helpdesk.testsupport.directory;

import java.util.Map;

/**
 * An event the fake directory posted after a write, as the real one posts it on EventAdmin.
 *
 * @param topic one of {@link org.helpdesk.platform.api.directory.DirectoryEvents}' topics
 * @param properties the event's properties, keyed by {@link org.helpdesk.platform.api.directory.DirectoryEvents}' names
 */
public record PostedEvent(String topic, Map<String, Object> properties) {

    public PostedEvent {
        properties = Map.copyOf(properties);
    }

    /** @return a property as text, or {@code null} */
    public String property(String name) {
        Object value = properties.get(name);
        return value == null ? null : value.toString();
    }
}
