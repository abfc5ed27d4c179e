package org.helpdesk.platform.api.directory.dto;

/** Which records a search includes by their valid flag. */
public enum Validity {
    ALL, VALID, INVALID
}
