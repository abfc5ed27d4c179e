package org.helpdesk.platform.api.directory.dto;

import java.util.Objects;

/**
 * A customer user.
 *
 * @param login the login as spelled when created or renamed; unique ignoring case
 * @param firstName first name, may be empty
 * @param lastName last name, may be empty
 * @param email e-mail address, may be empty
 * @param primaryCustomerId the ID of the user's primary customer
 * @param valid {@code false} when switched off
 * @param backend the ID of the customer-user backend the record comes from
 */
public record CustomerUser(String login, String firstName, String lastName, String email,
        String primaryCustomerId, boolean valid, String backend) {

    public CustomerUser {
        Objects.requireNonNull(login, "login");
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
        email = email == null ? "" : email;
        Objects.requireNonNull(primaryCustomerId, "primaryCustomerId");
        Objects.requireNonNull(backend, "backend");
    }

    /** @return first and last name, or the login when both are empty */
    public String fullName() {
        String name = (firstName + " " + lastName).trim();
        return name.isEmpty() ? login : name;
    }

    /** @return e.g. {@code Alice Smith <alice@acme.example> (acme)} */
    public String label() {
        return fullName() + (email.isEmpty() ? "" : " <" + email + ">") + " (" + primaryCustomerId + ")";
    }
}
