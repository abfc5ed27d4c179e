package org.helpdesk.platform.settings.internal.shared;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A node's ConfigAdmin in memory, recording every update. */
class FakeConfigurations implements LocalConfigurations {

    record Update(String key, Map<String, Object> changed) {
    }

    final Map<String, Map<String, Object>> configurations = new ConcurrentHashMap<>();
    final List<Update> updates = java.util.Collections.synchronizedList(new ArrayList<>());
    /** factory PID of the factory configurations this node has, by key */
    final Map<String, String> factoryInstances = new HashMap<>();

    @Override
    public Map<String, Object> properties(String key, String factoryPid) {
        if (factoryPid != null && !factoryInstances.containsKey(key)) {
            return null;
        }
        return Map.copyOf(configurations.getOrDefault(key, Map.of()));
    }

    @Override
    public void update(String key, String factoryPid, Map<String, Object> changed) throws IOException {
        if (factoryPid != null && !factoryInstances.containsKey(key)) {
            throw new IOException("no " + key);
        }
        configurations.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).putAll(changed);
        updates.add(new Update(key, Map.copyOf(changed)));
    }

    Object get(String key, String property) {
        return configurations.getOrDefault(key, Map.of()).get(property);
    }
}
