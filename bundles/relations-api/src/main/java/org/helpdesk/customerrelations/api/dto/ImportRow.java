package org.helpdesk.customerrelations.api.dto;

/**
 * One row of an import.
 *
 * @param line the line number in the file, for reports
 * @param login the customer user's login
 * @param customerId the customer ID
 */
public record ImportRow(long line, String login, String customerId) {
}
