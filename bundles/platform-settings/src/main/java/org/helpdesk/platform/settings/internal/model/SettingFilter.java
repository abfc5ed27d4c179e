package org.helpdesk.platform.settings.internal.model;

import java.util.List;
import java.util.Locale;

/** The search of the System Configuration view: a case-insensitive substring of the setting's name. */
public final class SettingFilter {

    private SettingFilter() {
    }

    public static boolean matches(Setting setting, String query) {
        String needle = normalize(query);
        return needle.isEmpty() || normalize(setting.id()).contains(needle) || normalize(setting.name()).contains(needle);
    }

    public static List<Setting> filter(List<Setting> settings, String query) {
        return settings.stream().filter(s -> matches(s, query)).toList();
    }

    private static String normalize(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
