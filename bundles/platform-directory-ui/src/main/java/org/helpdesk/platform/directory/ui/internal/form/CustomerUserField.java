package org.helpdesk.platform.directory.ui.internal.form;

/** The fields of the customer-user forms, for placing problems. */
public enum CustomerUserField {
    LOGIN, FIRST_NAME, LAST_NAME, EMAIL, PRIMARY_CUSTOMER, PASSWORD
}
