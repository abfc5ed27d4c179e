package org.helpdesk.platform.settings.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.settings.internal.model.Setting;
import org.helpdesk.platform.settings.internal.model.SettingKeys;
import org.helpdesk.platform.settings.internal.model.SettingsStore;
import org.helpdesk.platform.settings.internal.shared.ConfigAdminConfigurations;
import org.helpdesk.platform.settings.internal.shared.DbSharedSettings;
import org.helpdesk.platform.settings.internal.shared.SharedKeys;
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
 * the settings our bundles declare with their current values (as this node's ConfigAdmin has them), and
 * saves changed values for all nodes through {@link DbSharedSettings}.
 */
@Component(service = SettingsService.class)
public class SettingsService implements SettingsStore {

    static final String OUR_BUNDLES = "org.helpdesk.";

    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);

    private final BundleContext context;
    private final MetaTypeService metaType;
    private final ConfigurationAdmin configurationAdmin;
    private final DbSharedSettings shared;

    @Activate
    public SettingsService(BundleContext context, @Reference(name = "metaType") MetaTypeService metaType,
            @Reference(name = "configurationAdmin") ConfigurationAdmin configurationAdmin,
            @Reference(name = "shared") DbSharedSettings shared) {
        this.context = context;
        this.metaType = metaType;
        this.configurationAdmin = configurationAdmin;
        this.shared = shared;
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
            Map<String, Object> properties = existing.length == 0 ? Map.of()
                    : ConfigAdminConfigurations.properties(existing[0]);
            into.addAll(MetatypeSettings.settings(info.getObjectClassDefinition(pid, locale), pid, null, null,
                    properties));
        }
        for (String factoryPid : orEmpty(info.getFactoryPids())) {
            for (Configuration configuration : configurations(ConfigurationAdmin.SERVICE_FACTORYPID, factoryPid)) {
                Map<String, Object> properties = ConfigAdminConfigurations.properties(configuration);
                String instance = MetatypeSettings.instanceLabel(factoryPid, configuration.getPid(),
                        properties.get(SharedKeys.INSTANCE_NAME));
                into.addAll(MetatypeSettings.settings(info.getObjectClassDefinition(factoryPid, locale),
                        configuration.getPid(), factoryPid, instance, properties));
            }
        }
    }

    @Override
    public void save(Setting setting, Object value) throws IOException {
        AdminUser user = AdminUser.requireAdmin();
        write(setting, value, user.name());
    }

    /**
     * The one save path of the view and of {@code helpdesk:setting-set}: the database for every node first, then
     * this node's ConfigAdmin; nothing anywhere when the database fails. The caller checked that an admin asks.
     *
     * @param value of the attribute's Java type, as {@code SettingValues.parse} gives it
     * @param changedBy who saves, for the database's row
     */
    public void write(Setting setting, Object value, String changedBy) throws IOException {
        if (!setting.editable()) {
            throw new IllegalArgumentException(setting.id() + " cannot be changed here");
        }
        String key = setting.pid();
        if (setting.factoryPid() != null) {
            // Never create a plain configuration under the PID of a factory configuration someone deleted.
            Configuration[] existing = configurations(Constants.SERVICE_PID, setting.pid());
            if (existing.length == 0) {
                throw new IOException("The configuration " + setting.pid() + " no longer exists");
            }
            key = SharedKeys.of(setting.pid(), setting.factoryPid(),
                    ConfigAdminConfigurations.properties(existing[0]).get(SharedKeys.INSTANCE_NAME));
            if (key == null) {
                saveOnThisNode(existing[0], setting, value, changedBy);
                return;
            }
        }
        try {
            shared.save(key, setting.factoryPid(), Map.of(setting.id(), value), changedBy);
        } catch (IOException | IllegalStateException e) {
            // The view only tells the admin that saving failed; the reason is for the operator's log.
            LOG.warn("Cannot save {} of {}", setting.id(), setting.pid(), e);
            throw e;
        }
    }

    // A factory configuration without a name has a PID of its own on each node, so no other node could find it.
    private static void saveOnThisNode(Configuration configuration, Setting setting, Object value, String changedBy)
            throws IOException {
        Dictionary<String, Object> properties = configuration.getProperties();
        properties.put(setting.id(), value);
        configuration.updateIfDifferent(properties);
        LOG.warn("{} set {} of {} to {} on this node only: give the configuration a '{}' to share it with all nodes",
                changedBy, setting.id(), setting.pid(), value, SharedKeys.INSTANCE_NAME);
    }

    private Configuration[] configurations(String property, String value) {
        String filter = "(" + property + "=" + ConfigAdminConfigurations.escape(value) + ")";
        try {
            Configuration[] found = configurationAdmin.listConfigurations(filter);
            return found == null ? new Configuration[0] : found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }

    private static String[] orEmpty(String[] values) {
        return values == null ? new String[0] : values;
    }
}
