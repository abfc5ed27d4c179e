package org.helpdesk.platform.settings.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * One attribute of one configuration, as the System Configuration view shows it.
 *
 * @param key unique within one listing, for element ids
 * @param pid the configuration's PID; for factory configurations the instance's PID
 * @param factoryPid the factory PID, or {@code null} for a singleton configuration
 * @param instance the label of the factory configuration, or {@code null}
 * @param id the attribute ID, which is the setting's name
 * @param name the attribute's human-readable name
 * @param value the current value as text, the default when nothing is configured
 */
public record Setting(String key, String pid, String factoryPid, String instance, String id, String name,
        String description, SettingType type, boolean multiValued, String defaultValue, String value,
        List<SettingOption> options) {

    public Setting {
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        key = key == null ? id : key;
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        defaultValue = defaultValue == null ? "" : defaultValue;
        value = value == null ? "" : value;
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Passwords stay hidden and lists or unknown types are shown only. */
    public boolean editable() {
        return !multiValued && type != SettingType.PASSWORD && type != SettingType.OTHER;
    }

    public Setting withKey(String newKey) {
        return new Setting(newKey, pid, factoryPid, instance, id, name, description, type, multiValued,
                defaultValue, value, options);
    }
}
