package org.helpdesk.platform.api.directory.dto;

/** Sort direction of a search. */
public enum SortOrder {
    ASCENDING, DESCENDING
}
