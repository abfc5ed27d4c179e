package org.helpdesk.platform.settings.internal.model;

import java.util.List;

/** Settings for tests. */
final class Settings {

    private Settings() {
    }

    static Setting of(String id, SettingType type, String defaultValue) {
        return new Setting(null, "org.helpdesk.test", null, null, id, id + " label", id + " description", type,
                false, defaultValue, defaultValue, List.of());
    }

    static Setting withOptions(String id, SettingOption... options) {
        return new Setting(null, "org.helpdesk.test", null, null, id, "", "", SettingType.STRING, false, "", "",
                List.of(options));
    }

    static Setting inPid(String pid, String id) {
        return new Setting(null, pid, null, null, id, "", "", SettingType.BOOLEAN, false, "false", "false", List.of());
    }
}
