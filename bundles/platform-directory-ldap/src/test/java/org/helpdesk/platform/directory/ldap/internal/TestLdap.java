package org.helpdesk.platform.directory.ldap.internal;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * The throw-away OpenLDAP of .ci/openldap.sh (HELPDESK_LDAP_URL, ..._BIND_DN, ..._PASSWORD,
 * ..._BASE_DN) with the 300 users of .ci/ldap/partners.sh. Without it the tests fail, unless
 * -Dskip.ldap.tests=true.
 */
final class TestLdap {

    private TestLdap() {
    }

    /** @return a configuration of the test server with the given attributes changed */
    static LdapBackendConfiguration configuration(Map<String, Object> changes) {
        assumeFalse(Boolean.getBoolean("skip.ldap.tests"), "skip.ldap.tests=true");
        String url = System.getenv("HELPDESK_LDAP_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No test LDAP server (HELPDESK_LDAP_URL, HELPDESK_LDAP_BIND_DN, "
                    + "HELPDESK_LDAP_PASSWORD, HELPDESK_LDAP_BASE_DN): start one with .ci/openldap.sh "
                    + "(.ci/run does), or pass -Dskip.ldap.tests=true");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("backend_id", "partners");
        values.put("url", url);
        values.put("bindDn", System.getenv("HELPDESK_LDAP_BIND_DN"));
        values.put("bindPassword", System.getenv("HELPDESK_LDAP_PASSWORD"));
        values.put("baseDn", System.getenv("HELPDESK_LDAP_BASE_DN"));
        values.putAll(changes);
        return offline(values);
    }

    /** @return a configuration with these attributes and the defaults of the others, for tests without server */
    static LdapBackendConfiguration offline(Map<String, Object> values) {
        return (LdapBackendConfiguration) Proxy.newProxyInstance(TestLdap.class.getClassLoader(),
                new Class<?>[] { LdapBackendConfiguration.class },
                (proxy, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName())
                        : method.getDefaultValue());
    }
}
