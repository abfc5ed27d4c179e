package org.helpdesk.platform.settings.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.settings.internal.model.Setting;
import org.helpdesk.platform.settings.internal.model.SettingKeys;
import org.helpdesk.platform.settings.internal.model.SettingsStore;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that talks to MetaType and ConfigAdmin for the System Configuration view: lists
 * the settings our bundles declare with their current values, and writes changed values.
 */
@Component(service = SettingsService.class)
public class SettingsService implements SettingsStore {

    static final String OUR_BUNDLES = "org.helpdesk.";

    // Factory configurations are told apart by this property where they have it, e.g. a directory's name.
    private static final String INSTANCE_NAME = "name";
    // "?" binds the configuration to whichever bundle's component uses the PID, not to this bundle.
    private static final String ANY_LOCATION = "?";

    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);

    private final BundleContext context;
    private final MetaTypeService metaType;
    private final ConfigurationAdmin configurationAdmin;

    @Activate
    public SettingsService(BundleContext context, @Reference(name = "metaType") MetaTypeService metaType,
            @Reference(name = "configurationAdmin") ConfigurationAdmin configurationAdmin) {
        this.context = context;
        this.metaType = metaType;
        this.configurationAdmin = configurationAdmin;
    }

    @Override
    public List<Setting> list(Locale locale) {
        List<Setting> settings = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            MetaTypeInformation info = name != null && name.startsWith(OUR_BUNDLES)
                    ? metaType.getMetaTypeInformation(bundle) : null;
            if (info != null) {
                collect(info, locale.toString(), settings);
            }
        }
        // A stable sort: within one PID the settings keep the order their bundle declares.
        settings.sort(Comparator.comparing(Setting::pid));
        return SettingKeys.unique(settings);
    }

    private void collect(MetaTypeInformation info, String locale, List<Setting> into) {
        for (String pid : orEmpty(info.getPids())) {
            Configuration[] existing = configurations(Constants.SERVICE_PID, pid);
            Map<String, Object> properties = existing.length == 0 ? Map.of() : properties(existing[0]);
            into.addAll(MetatypeSettings.settings(info.getObjectClassDefinition(pid, locale), pid, null, null,
                    properties));
        }
        for (String factoryPid : orEmpty(info.getFactoryPids())) {
            for (Configuration configuration : configurations(ConfigurationAdmin.SERVICE_FACTORYPID, factoryPid)) {
                Map<String, Object> properties = properties(configuration);
                String instance = MetatypeSettings.instanceLabel(factoryPid, configuration.getPid(),
                        properties.get(INSTANCE_NAME));
                into.addAll(MetatypeSettings.settings(info.getObjectClassDefinition(factoryPid, locale),
                        configuration.getPid(), factoryPid, instance, properties));
            }
        }
    }

    // Two admins saving settings of one PID at once must not lose each other's change.
    @Override
    public synchronized void save(Setting setting, Object value) throws IOException {
        AdminUser user = AdminUser.requireAdmin();
        if (!setting.editable()) {
            throw new IllegalArgumentException(setting.id() + " cannot be changed here");
        }
        Configuration configuration;
        if (setting.factoryPid() == null) {
            configuration = configurationAdmin.getConfiguration(setting.pid(), ANY_LOCATION);
        } else {
            // Never create a plain configuration under the PID of a factory configuration someone deleted.
            Configuration[] existing = configurations(Constants.SERVICE_PID, setting.pid());
            if (existing.length == 0) {
                throw new IOException("The configuration " + setting.pid() + " no longer exists");
            }
            configuration = existing[0];
        }
        Dictionary<String, Object> properties = configuration.getProperties();
        if (properties == null) {
            properties = new Hashtable<>();
        }
        properties.put(setting.id(), value);
        try {
            if (configuration.updateIfDifferent(properties)) {
                LOG.info("{} set {} of {} to {}", user.name(), setting.id(), setting.pid(), value);
            }
        } catch (IOException | IllegalStateException e) {
            // The view only tells the admin that saving failed; the reason is for the operator's log.
            LOG.warn("Cannot save {} of {}", setting.id(), setting.pid(), e);
            throw e;
        }
    }

    private Configuration[] configurations(String property, String value) {
        String filter = "(" + property + "=" + escape(value) + ")";
        try {
            Configuration[] found = configurationAdmin.listConfigurations(filter);
            return found == null ? new Configuration[0] : found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }

    private static Map<String, Object> properties(Configuration configuration) {
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

    static String escape(String filterValue) {
        return filterValue.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("*", "\\*");
    }

    private static String[] orEmpty(String[] values) {
        return values == null ? new String[0] : values;
    }
}
