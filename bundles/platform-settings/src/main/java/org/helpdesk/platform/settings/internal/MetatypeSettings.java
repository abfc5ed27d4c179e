package org.helpdesk.platform.settings.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.helpdesk.platform.settings.internal.model.Setting;
import org.helpdesk.platform.settings.internal.model.SettingOption;
import org.helpdesk.platform.settings.internal.model.SettingType;
import org.helpdesk.platform.settings.internal.model.SettingValues;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/** Turns one object class definition and the configuration it describes into settings. */
final class MetatypeSettings {

    static final String HIDDEN = "••••••••";

    private MetatypeSettings() {
    }

    static List<Setting> settings(ObjectClassDefinition ocd, String pid, String factoryPid, String instance,
            Map<String, Object> properties) {
        AttributeDefinition[] attributes = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        List<Setting> settings = new ArrayList<>();
        for (AttributeDefinition attribute : attributes == null ? new AttributeDefinition[0] : attributes) {
            SettingType type = type(attribute.getType());
            String defaultValue = SettingValues.display(attribute.getDefaultValue());
            Object configured = properties.get(attribute.getID());
            String value = configured == null ? defaultValue : SettingValues.display(configured);
            if (type == SettingType.PASSWORD) {
                // Passwords never leave the server, not even to the admin's browser.
                defaultValue = defaultValue.isEmpty() ? "" : HIDDEN;
                value = value.isEmpty() ? "" : HIDDEN;
            }
            settings.add(new Setting(null, pid, factoryPid, instance, attribute.getID(), attribute.getName(),
                    attribute.getDescription(), type, attribute.getCardinality() != 0, defaultValue, value,
                    options(attribute)));
        }
        return settings;
    }

    // Admins know factory configurations by name: the name property, else the name in a PID such as
    // factoryPid~default (from etc/factoryPid-default.cfg); generated PIDs only as a last resort.
    static String instanceLabel(String factoryPid, String pid, Object name) {
        if (name != null && !name.toString().isBlank()) {
            return name.toString();
        }
        String prefix = factoryPid + "~";
        return pid.startsWith(prefix) && pid.length() > prefix.length() ? pid.substring(prefix.length()) : pid;
    }

    @SuppressWarnings("deprecation") // BIGINTEGER and BIGDECIMAL are deprecated, but bundles may still use them
    static SettingType type(int metatype) {
        return switch (metatype) {
            case AttributeDefinition.BOOLEAN -> SettingType.BOOLEAN;
            case AttributeDefinition.BYTE -> SettingType.BYTE;
            case AttributeDefinition.SHORT -> SettingType.SHORT;
            case AttributeDefinition.INTEGER -> SettingType.INTEGER;
            case AttributeDefinition.LONG -> SettingType.LONG;
            case AttributeDefinition.FLOAT -> SettingType.FLOAT;
            case AttributeDefinition.DOUBLE -> SettingType.DOUBLE;
            case AttributeDefinition.CHARACTER -> SettingType.CHARACTER;
            case AttributeDefinition.STRING -> SettingType.STRING;
            case AttributeDefinition.PASSWORD -> SettingType.PASSWORD;
            default -> SettingType.OTHER;
        };
    }

    private static List<SettingOption> options(AttributeDefinition attribute) {
        String[] values = attribute.getOptionValues();
        String[] labels = attribute.getOptionLabels();
        List<SettingOption> options = new ArrayList<>();
        for (int i = 0; values != null && i < values.length; i++) {
            String label = labels != null && i < labels.length ? labels[i] : values[i];
            options.add(new SettingOption(values[i], label));
        }
        return options;
    }
}
