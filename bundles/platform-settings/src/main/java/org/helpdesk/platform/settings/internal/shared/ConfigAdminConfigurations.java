package org.helpdesk.platform.settings.internal.shared;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The node's ConfigAdmin, with factory configurations found by their {@link SharedKeys key}. */
public final class ConfigAdminConfigurations implements LocalConfigurations {

    // "?" binds the configuration to whichever bundle's component uses the PID, not to this bundle.
    private static final String ANY_LOCATION = "?";

    private final ConfigurationAdmin configurationAdmin;

    public ConfigAdminConfigurations(ConfigurationAdmin configurationAdmin) {
        this.configurationAdmin = configurationAdmin;
    }

    @Override
    public Map<String, Object> properties(String key, String factoryPid) throws IOException {
        Configuration configuration = factoryPid == null ? singleton(key, false) : instance(key, factoryPid);
        return configuration == null ? (factoryPid == null ? Map.of() : null) : properties(configuration);
    }

    @Override
    public void update(String key, String factoryPid, Map<String, Object> changed) throws IOException {
        Configuration configuration = factoryPid == null ? singleton(key, true) : instance(key, factoryPid);
        if (configuration == null) {
            throw new IOException("The configuration " + key + " does not exist on this node");
        }
        Dictionary<String, Object> properties = configuration.getProperties();
        if (properties == null) {
            properties = new Hashtable<>();
        }
        for (Map.Entry<String, Object> entry : changed.entrySet()) {
            properties.put(entry.getKey(), entry.getValue());
        }
        configuration.updateIfDifferent(properties);
    }

    private Configuration singleton(String pid, boolean create) throws IOException {
        if (create) {
            return configurationAdmin.getConfiguration(pid, ANY_LOCATION);
        }
        Configuration[] found = list(Constants.SERVICE_PID, pid);
        return found.length == 0 ? null : found[0];
    }

    private Configuration instance(String key, String factoryPid) throws IOException {
        for (Configuration configuration : list(ConfigurationAdmin.SERVICE_FACTORYPID, factoryPid)) {
            Dictionary<String, Object> properties = configuration.getProperties();
            Object name = properties == null ? null : properties.get(SharedKeys.INSTANCE_NAME);
            if (key.equals(SharedKeys.of(configuration.getPid(), factoryPid, name))) {
                return configuration;
            }
        }
        return null;
    }

    private Configuration[] list(String property, String value) throws IOException {
        String filter = "(" + property + "=" + escape(value) + ")";
        try {
            Configuration[] found = configurationAdmin.listConfigurations(filter);
            return found == null ? new Configuration[0] : found;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }

    public static Map<String, Object> properties(Configuration configuration) {
        Dictionary<String, Object> dictionary = configuration.getProperties();
        Map<String, Object> properties = new HashMap<>();
        if (dictionary != null) {
            for (Enumeration<String> keys = dictionary.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                properties.put(key, dictionary.get(key));
            }
        }
        return properties;
    }

    public static String escape(String filterValue) {
        return filterValue.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("*", "\\*");
    }
}
