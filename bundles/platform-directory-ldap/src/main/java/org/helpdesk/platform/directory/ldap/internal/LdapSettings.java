package org.helpdesk.platform.directory.ldap.internal;

import java.util.Optional;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;

/** A backend's configuration, checked: a bad URL, DN, filter or number fails the component's start. */
record LdapSettings(String backendId, int order, LDAPURL url, String bindDn, String bindPassword, DN baseDn,
        Filter filter, Optional<Filter> validFilter, LdapAttributes attributes, boolean excludePrimaryCustomerId,
        int poolSize, int connectTimeoutMillis, int responseTimeoutMillis, boolean startTls, String trustStore,
        String trustStorePassword) {

    static LdapSettings of(LdapBackendConfiguration c) {
        String id = required("backend.id", c.backend_id());
        try {
            LDAPURL url = parsed("url", "no LDAP URL", () -> new LDAPURL(required("url", c.url())));
            if (!"ldap".equals(url.getScheme()) && !"ldaps".equals(url.getScheme())) {
                throw new IllegalArgumentException("url must start with ldap:// or ldaps://: " + c.url());
            }
            if (c.startTls() && "ldaps".equals(url.getScheme())) {
                throw new IllegalArgumentException("startTls is for ldap:// URLs; ldaps:// is TLS already");
            }
            LdapAttributes attributes = new LdapAttributes(required("loginAttribute", c.loginAttribute()),
                    required("firstNameAttribute", c.firstNameAttribute()),
                    required("lastNameAttribute", c.lastNameAttribute()),
                    required("emailAttribute", c.emailAttribute()),
                    required("customerIdAttribute", c.customerIdAttribute()),
                    optional(c.CustomerUserCustomerIDsField()));
            return new LdapSettings(id, range("backend.order", c.backend_order(), 1, 1_000_000), url, strip(c.bindDn()), nonNull(c.bindPassword()),
                    parsed("baseDn", "no DN", () -> new DN(required("baseDn", c.baseDn()))),
                    parsed("filter", "no LDAP filter", () -> Filter.create(required("filter", c.filter()))),
                    optional(c.validFilter()).map(f -> parsed("validFilter", "no LDAP filter", () -> Filter.create(f))),
                    attributes,
                    c.CustomerUserExcludePrimaryCustomerID(), range("poolSize", c.poolSize(), 1, 100),
                    range("connectTimeoutMillis", c.connectTimeoutMillis(), 1, 600_000),
                    range("responseTimeoutMillis", c.responseTimeoutMillis(), 1, 600_000), c.startTls(),
                    strip(c.trustStore()), nonNull(c.trustStorePassword()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("LDAP backend '" + id + "': " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse() throws LDAPException;
    }

    private static <T> T parsed(String name, String what, Parser<T> parser) {
        try {
            return parser.parse();
        } catch (LDAPException e) {
            throw new IllegalArgumentException(name + " is " + what + ": " + e.getMessage(), e);
        }
    }

    private static String required(String name, String value) {
        String stripped = strip(value);
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return stripped;
    }

    private static Optional<String> optional(String value) {
        String stripped = strip(value);
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    private static int range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ": " + value);
        }
        return value;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
