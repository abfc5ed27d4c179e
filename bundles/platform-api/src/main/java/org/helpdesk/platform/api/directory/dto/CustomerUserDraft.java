package org.helpdesk.platform.api.directory.dto;

/**
 * The editable fields of a customer user, for create and update.
 *
 * @param firstName first name, may be empty
 * @param lastName last name, may be empty
 * @param email e-mail address, may be empty
 * @param primaryCustomerId the primary customer's ID; must exist
 * @param password a new password for the customer portal, or {@code null} to leave it unchanged
 *        (on create: no password, the user cannot log in to the portal)
 */
public record CustomerUserDraft(String firstName, String lastName, String email, String primaryCustomerId,
        char[] password) {
}
