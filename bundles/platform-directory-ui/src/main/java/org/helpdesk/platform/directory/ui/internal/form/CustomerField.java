package org.helpdesk.platform.directory.ui.internal.form;

/** The fields of the customer forms, for placing problems. */
public enum CustomerField {
    CUSTOMER_ID, NAME
}
