package org.helpdesk.platform.settings.internal.shared;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a node's configurations hold what the database holds, for the properties saved there: only configurations
 * with a differing property are updated, and only with those properties, so components that already have the
 * values are not modified again.
 */
public final class Reconciler {

    /**
     * @param updated the keys of the configurations written
     * @param failed whether a configuration could not be read or written; the next catch-up tries again
     */
    public record Result(List<String> updated, boolean failed) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private Reconciler() {
    }

    public static Result apply(List<StoredSetting> settings, LocalConfigurations local) {
        Map<String, List<StoredSetting>> byKey = new LinkedHashMap<>();
        for (StoredSetting setting : settings) {
            byKey.computeIfAbsent(setting.pid(), k -> new ArrayList<>()).add(setting);
        }
        List<String> updated = new ArrayList<>();
        boolean failed = false;
        for (Map.Entry<String, List<StoredSetting>> entry : byKey.entrySet()) {
            String key = entry.getKey();
            String factoryPid = entry.getValue().get(0).factoryPid();
            try {
                Map<String, Object> current = local.properties(key, factoryPid);
                if (current == null) {
                    LOG.debug("No configuration {} on this node for the saved settings", key);
                    continue;
                }
                Map<String, Object> changed = new LinkedHashMap<>();
                for (StoredSetting setting : entry.getValue()) {
                    if (differs(setting, current.get(setting.property()))) {
                        changed.put(setting.property(), setting.value());
                    }
                }
                if (!changed.isEmpty()) {
                    local.update(key, factoryPid, changed);
                    updated.add(key);
                    LOG.info("Applied {} of {} from the database (saved through System Configuration)", changed.keySet(), key);
                }
            } catch (IOException | RuntimeException e) {
                // one broken configuration must not keep the others from following the database
                LOG.warn("Cannot apply the saved settings of {}", key, e);
                failed = true;
            }
        }
        return new Result(updated, failed);
    }

    private static boolean differs(StoredSetting saved, Object current) {
        if (current == null) {
            return true;
        }
        try {
            SettingCodec.Encoded encoded = SettingCodec.encode(current);
            return !encoded.type().equals(saved.type()) || !encoded.text().equals(saved.text());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
