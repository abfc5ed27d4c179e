package org.helpdesk.customerrelations.api.dto;

/** Where a change came from; recorded in the history. */
public enum Source {
    ADMIN_VIEW, SHELL, IMPORT, API, RENAME, DELETE
}
