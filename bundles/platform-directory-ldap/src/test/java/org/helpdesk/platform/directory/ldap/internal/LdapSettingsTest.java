package org.helpdesk.platform.directory.ldap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LdapSettingsTest {

    @Test
    void aGoodConfigurationIsTaken() {
        LdapSettings settings = LdapSettings.of(TestLdap.offline(base()));
        assertEquals("partners", settings.backendId());
        assertEquals(100, settings.order());
        assertEquals("ou=people,dc=example", settings.baseDn().toString());
        assertTrue(settings.validFilter().isEmpty());
        assertTrue(settings.attributes().extraCustomerIds().isEmpty());
    }

    @Test
    void badValuesFailTheStartWithTheirName() {
        assertRefused("url", "http://ldap.example", "url is no LDAP URL");
        assertRefused("baseDn", "not a dn", "baseDn is no DN");
        assertRefused("baseDn", " ", "baseDn must not be empty");
        assertRefused("filter", "(objectClass=", "filter is no LDAP filter");
        assertRefused("validFilter", "(&(x=1)", "validFilter is no LDAP filter");
        assertRefused("poolSize", 0, "poolSize must be 1 to 100");
        assertRefused("responseTimeoutMillis", -1, "responseTimeoutMillis");
        assertRefused("loginAttribute", "", "loginAttribute must not be empty");
    }

    @Test
    void startTlsOnAnLdapsUrlIsRefused() {
        Map<String, Object> values = base();
        values.put("url", "ldaps://ldap.example:636");
        values.put("startTls", true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LdapSettings.of(TestLdap.offline(values)));
        assertTrue(e.getMessage().contains("startTls"), e.getMessage());
    }

    private static void assertRefused(String attribute, Object value, String expected) {
        Map<String, Object> values = base();
        values.put(attribute, value);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LdapSettings.of(TestLdap.offline(values)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static Map<String, Object> base() {
        Map<String, Object> values = new HashMap<>();
        values.put("backend_id", "partners");
        values.put("baseDn", "ou=people,dc=example");
        return values;
    }
}
