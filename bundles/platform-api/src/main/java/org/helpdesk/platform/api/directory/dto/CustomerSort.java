package org.helpdesk.platform.api.directory.dto;

/** What customers can be sorted by. */
public enum CustomerSort {
    CUSTOMER_ID, NAME
}
