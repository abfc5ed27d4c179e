package org.helpdesk.platform.settings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.helpdesk.platform.settings.internal.model.Setting;
import org.helpdesk.platform.settings.internal.model.SettingOption;
import org.helpdesk.platform.settings.internal.model.SettingType;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

class MetatypeSettingsTest {

    private static final String PID = "org.helpdesk.platform.tickets";

    private final ObjectClassDefinition tickets = ocd(
            attribute("CustomerDisableCompanyTicketAccess", AttributeDefinition.BOOLEAN, 0, "false"),
            attribute("pageSize", AttributeDefinition.INTEGER, 0, "25"),
            attribute("secret", AttributeDefinition.PASSWORD, 0, "changeit"),
            attribute("hosts", AttributeDefinition.STRING, 5, "a", "b"));

    @Test
    void withoutConfigurationTheDefaultsAreTheValues() {
        List<Setting> settings = MetatypeSettings.settings(tickets, PID, null, null, Map.of());
        Setting access = settings.get(0);
        assertEquals("CustomerDisableCompanyTicketAccess", access.id());
        assertEquals("CustomerDisableCompanyTicketAccess name", access.name());
        assertEquals("CustomerDisableCompanyTicketAccess description", access.description());
        assertEquals(SettingType.BOOLEAN, access.type());
        assertEquals(PID, access.pid());
        assertNull(access.factoryPid());
        assertEquals("false", access.defaultValue());
        assertEquals("false", access.value());
        assertTrue(access.editable());
        assertEquals("25", settings.get(1).value());
    }

    @Test
    void configuredValuesWin() {
        List<Setting> settings = MetatypeSettings.settings(tickets, PID, null, null,
                Map.of("CustomerDisableCompanyTicketAccess", true, "pageSize", "50", "hosts", new String[] { "x" }));
        assertEquals("true", settings.get(0).value());
        assertEquals("50", settings.get(1).value());
        assertEquals("x", settings.get(3).value());
    }

    @Test
    void passwordsAreNeverShown() {
        Setting secret = MetatypeSettings.settings(tickets, PID, null, null, Map.of("secret", "s3cr3t")).get(2);
        assertEquals(MetatypeSettings.HIDDEN, secret.value());
        assertEquals(MetatypeSettings.HIDDEN, secret.defaultValue());
        assertFalse(secret.editable());
    }

    @Test
    void listsAreShownButNotEdited() {
        Setting hosts = MetatypeSettings.settings(tickets, PID, null, null, Map.of()).get(3);
        assertTrue(hosts.multiValued());
        assertEquals("a, b", hosts.value());
        assertFalse(hosts.editable());
    }

    @Test
    void optionsKeepTheirLabels() {
        AttributeDefinition mode = attribute("mode", AttributeDefinition.STRING, 0, "safe");
        AttributeDefinition withOptions = new Attribute(mode) {
            @Override
            public String[] getOptionValues() {
                return new String[] { "fast", "safe" };
            }

            @Override
            public String[] getOptionLabels() {
                return new String[] { "Fast" };
            }
        };
        Setting setting = MetatypeSettings.settings(ocd(withOptions), PID, null, null, Map.of()).get(0);
        assertEquals(List.of(new SettingOption("fast", "Fast"), new SettingOption("safe", "safe")), setting.options());
    }

    @Test
    void metatypeTypes() {
        assertEquals(SettingType.LONG, MetatypeSettings.type(AttributeDefinition.LONG));
        assertEquals(SettingType.DOUBLE, MetatypeSettings.type(AttributeDefinition.DOUBLE));
        assertEquals(SettingType.CHARACTER, MetatypeSettings.type(AttributeDefinition.CHARACTER));
        assertEquals(SettingType.OTHER, MetatypeSettings.type(99));
    }

    @Test
    void factoryConfigurationsAreKnownByName() {
        String factory = "org.helpdesk.platform.directory.db";
        assertEquals("Partners", MetatypeSettings.instanceLabel(factory, factory + "~default", "Partners"));
        assertEquals("default", MetatypeSettings.instanceLabel(factory, factory + "~default", null));
        assertEquals(factory + ".1a2b", MetatypeSettings.instanceLabel(factory, factory + ".1a2b", " "));
    }

    private static AttributeDefinition attribute(String id, int type, int cardinality, String... defaults) {
        return new Attribute(id, type, cardinality, defaults);
    }

    private static ObjectClassDefinition ocd(AttributeDefinition... attributes) {
        return new ObjectClassDefinition() {
            @Override
            public String getName() {
                return "Helpdesk ticket settings";
            }

            @Override
            public String getID() {
                return PID;
            }

            @Override
            public String getDescription() {
                return "";
            }

            @Override
            public AttributeDefinition[] getAttributeDefinitions(int filter) {
                return attributes;
            }

            @Override
            public InputStream getIcon(int size) {
                return null;
            }
        };
    }

    private static class Attribute implements AttributeDefinition {

        private final String id;
        private final int type;
        private final int cardinality;
        private final String[] defaults;

        Attribute(String id, int type, int cardinality, String[] defaults) {
            this.id = id;
            this.type = type;
            this.cardinality = cardinality;
            this.defaults = defaults;
        }

        Attribute(AttributeDefinition other) {
            this(other.getID(), other.getType(), other.getCardinality(), other.getDefaultValue());
        }

        @Override
        public String getName() {
            return id + " name";
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return id + " description";
        }

        @Override
        public int getCardinality() {
            return cardinality;
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public String[] getOptionValues() {
            return null;
        }

        @Override
        public String[] getOptionLabels() {
            return null;
        }

        @Override
        public String validate(String value) {
            return null;
        }

        @Override
        public String[] getDefaultValue() {
            return defaults;
        }
    }
}
