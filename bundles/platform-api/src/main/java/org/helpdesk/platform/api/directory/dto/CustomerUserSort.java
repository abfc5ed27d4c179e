package org.helpdesk.platform.api.directory.dto;

/** What customer users can be sorted by. */
public enum CustomerUserSort {
    LOGIN, FIRST_NAME, LAST_NAME, EMAIL, PRIMARY_CUSTOMER_ID
}
