package org.helpdesk.platform.api.directory;

/**
 * Topics and properties of the events the directory posts on OSGi EventAdmin after a write commits.
 * Subscribe to {@link #TOPIC_ALL} or one topic.
 */
public final class DirectoryEvents {

    /** All directory events. */
    public static final String TOPIC_ALL = "org/helpdesk/platform/directory/*";

    public static final String CUSTOMER_CREATED = "org/helpdesk/platform/directory/Customer/CREATED";
    public static final String CUSTOMER_CHANGED = "org/helpdesk/platform/directory/Customer/CHANGED";
    /** The customer ID changed: {@link #OLD_CUSTOMER_ID} and {@link #CUSTOMER_ID} tell from and to. */
    public static final String CUSTOMER_RENAMED = "org/helpdesk/platform/directory/Customer/RENAMED";
    public static final String CUSTOMER_DELETED = "org/helpdesk/platform/directory/Customer/DELETED";

    public static final String CUSTOMER_USER_CREATED = "org/helpdesk/platform/directory/CustomerUser/CREATED";
    public static final String CUSTOMER_USER_CHANGED = "org/helpdesk/platform/directory/CustomerUser/CHANGED";
    /** The login changed: {@link #OLD_LOGIN} and {@link #LOGIN} tell from and to. */
    public static final String CUSTOMER_USER_RENAMED = "org/helpdesk/platform/directory/CustomerUser/RENAMED";
    public static final String CUSTOMER_USER_DELETED = "org/helpdesk/platform/directory/CustomerUser/DELETED";

    /** Property: the customer ID (after the change). */
    public static final String CUSTOMER_ID = "customerId";
    /** Property: the customer ID before a rename. */
    public static final String OLD_CUSTOMER_ID = "oldCustomerId";
    /** Property: the login (after the change). */
    public static final String LOGIN = "login";
    /** Property: the login before a rename. */
    public static final String OLD_LOGIN = "oldLogin";
    /** Property: who made the change. */
    public static final String ACTOR = "actor";

    private DirectoryEvents() {
    }
}
