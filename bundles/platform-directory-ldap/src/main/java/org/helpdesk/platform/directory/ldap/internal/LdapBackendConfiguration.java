package org.helpdesk.platform.directory.ldap.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Helpdesk customer-user backend (LDAP)",
        description = "A read-only source of customer users in an LDAP directory. Create one configuration per "
                + "directory (factory configuration, e.g. etc/org.helpdesk.platform.directory.ldap-partners.cfg).")
public @interface LdapBackendConfiguration {

    @AttributeDefinition(name = "Backend ID",
            description = "The ID that this backend's customer users carry; shown in the admin views.")
    String backend_id() default "ldap";

    @AttributeDefinition(name = "Order",
            description = "Position among the LDAP backends, lower first, 1 or more: the database backend always "
                    + "comes first. A login found in two backends belongs to the first.")
    int backend_order() default 100;

    @AttributeDefinition(name = "URL",
            description = "ldap://host:port or ldaps://host:port of the directory server.")
    String url() default "ldap://127.0.0.1:389";

    @AttributeDefinition(name = "Bind DN",
            description = "The DN the helpdesk binds as for searches; empty for anonymous searches.")
    String bindDn() default "";

    @AttributeDefinition(name = "Bind password", type = AttributeType.PASSWORD,
            description = "The password of the bind DN.")
    String bindPassword() default "";

    @AttributeDefinition(name = "Base DN", description = "Where customer users are searched (whole subtree).")
    String baseDn() default "";

    @AttributeDefinition(name = "Filter",
            description = "An LDAP filter every customer user entry matches, e.g. (objectClass=inetOrgPerson).")
    String filter() default "(objectClass=inetOrgPerson)";

    @AttributeDefinition(name = "Valid filter",
            description = "Entries matching this LDAP filter are valid, the others invalid; empty: all are valid.")
    String validFilter() default "";

    @AttributeDefinition(name = "Login attribute", description = "The attribute holding the login, unique per user.")
    String loginAttribute() default "uid";

    @AttributeDefinition(name = "First name attribute")
    String firstNameAttribute() default "givenName";

    @AttributeDefinition(name = "Last name attribute")
    String lastNameAttribute() default "sn";

    @AttributeDefinition(name = "E-mail attribute")
    String emailAttribute() default "mail";

    @AttributeDefinition(name = "Primary customer ID attribute",
            description = "The attribute holding the ID of the user's primary customer (OTRS UserCustomerID).")
    String customerIdAttribute() default "o";

    @AttributeDefinition(name = "CustomerUserCustomerIDsField",
            description = "A multi-valued attribute with extra customer IDs per user (OTRS UserCustomerIDs); empty: "
                    + "none.")
    String CustomerUserCustomerIDsField() default "";

    @AttributeDefinition(name = "CustomerUserExcludePrimaryCustomerID",
            description = "Leave the primary customer out of the customer IDs of this backend's users (privilege "
                    + "separation: only users related to their company see its tickets).")
    boolean CustomerUserExcludePrimaryCustomerID() default false;

    @AttributeDefinition(name = "Connection pool size", description = "Most connections kept open to the server.")
    int poolSize() default 8;

    @AttributeDefinition(name = "Connect timeout (ms)",
            description = "How long to wait for a connection before a lookup fails.")
    int connectTimeoutMillis() default 3000;

    @AttributeDefinition(name = "Response timeout (ms)",
            description = "How long to wait for one answer of the server before a lookup fails.")
    int responseTimeoutMillis() default 5000;

    @AttributeDefinition(name = "StartTLS",
            description = "Switch an ldap:// connection to TLS with the StartTLS operation before binding.")
    boolean startTls() default false;

    @AttributeDefinition(name = "Trust store",
            description = "A JKS or PKCS#12 file with the certificates to trust for ldaps:// and StartTLS; empty: "
                    + "the JVM's default trust store. Host names are always verified.")
    String trustStore() default "";

    @AttributeDefinition(name = "Trust store password", type = AttributeType.PASSWORD)
    String trustStorePassword() default "";
}
