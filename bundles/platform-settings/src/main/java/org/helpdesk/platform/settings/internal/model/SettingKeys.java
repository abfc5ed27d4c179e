package org.helpdesk.platform.settings.internal.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Element ids for the settings: the attribute ID where it is unique, so tests and users can rely on
 * {@code setting-<AttributeID>}; the PID is appended only where several configurations share an ID.
 */
public final class SettingKeys {

    private SettingKeys() {
    }

    public static List<Setting> unique(List<Setting> settings) {
        Map<String, Long> counts = settings.stream()
                .collect(Collectors.groupingBy(Setting::id, Collectors.counting()));
        return settings.stream()
                .map(s -> s.withKey(sanitize(counts.get(s.id()) > 1 ? s.id() + "--" + s.pid() : s.id())))
                .toList();
    }

    static String sanitize(String key) {
        return key.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
