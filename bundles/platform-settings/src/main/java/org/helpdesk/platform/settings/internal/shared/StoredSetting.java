package org.helpdesk.platform.settings.internal.shared;

import java.util.Objects;

/**
 * One property as the database holds it for every node.
 *
 * @param pid the singleton PID, or {@code factoryPid~name} of a factory configuration (see {@link SharedKeys})
 * @param factoryPid the factory PID, or {@code null} for a singleton configuration
 * @param property the property, the metatype attribute ID
 * @param type and {@code text}: the value as {@link SettingCodec} writes it
 */
public record StoredSetting(String pid, String factoryPid, String property, String type, String text) {

    public StoredSetting {
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /** @return the property with its value encoded by {@link SettingCodec} */
    public static StoredSetting of(String pid, String factoryPid, String property, Object value) {
        SettingCodec.Encoded encoded = SettingCodec.encode(value);
        return new StoredSetting(pid, factoryPid, property, encoded.type(), encoded.text());
    }

    /** @return the value with the Java type it was saved with */
    public Object value() {
        return SettingCodec.decode(type, text);
    }
}
