package org.helpdesk.customerrelations.api.dto;

/**
 * How to import.
 *
 * @param dryRun check and report only, write nothing
 * @param skipInvalid apply the valid rows even when some are rejected (otherwise any rejected row stops
 *        the whole import)
 */
public record ImportOptions(boolean dryRun, boolean skipInvalid) {
}
