package org.helpdesk.platform.directory.ui.internal.form;

import java.util.EnumMap;
import java.util.Map;

import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;

/**
 * What an admin typed into a customer-user form. Everything but the password is stripped of
 * surrounding blanks; an empty password means "none" (create) or "unchanged" (edit).
 */
public record CustomerUserInput(String login, String firstName, String lastName, String email,
        String primaryCustomerId, String password) {

    public CustomerUserInput {
        login = Checks.strip(login);
        firstName = Checks.strip(firstName);
        lastName = Checks.strip(lastName);
        email = Checks.strip(email);
        primaryCustomerId = Checks.strip(primaryCustomerId);
        password = password == null ? "" : password;
    }

    /** @return the problems by field; empty when the input may be sent to the directory */
    public Map<CustomerUserField, Problem> problems() {
        Map<CustomerUserField, Problem> problems = new EnumMap<>(CustomerUserField.class);
        int max = CustomerUserDirectory.MAX_FIELD_LENGTH;
        Checks.identifier(login, CustomerUserDirectory.MAX_LOGIN_LENGTH)
                .ifPresent(p -> problems.put(CustomerUserField.LOGIN, p));
        Checks.maxLength(firstName, max).ifPresent(p -> problems.put(CustomerUserField.FIRST_NAME, p));
        Checks.maxLength(lastName, max).ifPresent(p -> problems.put(CustomerUserField.LAST_NAME, p));
        Checks.email(email, max).ifPresent(p -> problems.put(CustomerUserField.EMAIL, p));
        if (primaryCustomerId.isEmpty()) {
            problems.put(CustomerUserField.PRIMARY_CUSTOMER, Problem.of(Checks.REQUIRED));
        }
        return problems;
    }

    /** @return the draft for the directory; a new array for the password on every call */
    public CustomerUserDraft toDraft() {
        return new CustomerUserDraft(firstName, lastName, email, primaryCustomerId,
                password.isEmpty() ? null : password.toCharArray());
    }

    /** @return the values by field, to find the field a directory error is about */
    public Map<CustomerUserField, String> values() {
        Map<CustomerUserField, String> values = new EnumMap<>(CustomerUserField.class);
        values.put(CustomerUserField.LOGIN, login);
        values.put(CustomerUserField.FIRST_NAME, firstName);
        values.put(CustomerUserField.LAST_NAME, lastName);
        values.put(CustomerUserField.EMAIL, email);
        values.put(CustomerUserField.PRIMARY_CUSTOMER, primaryCustomerId);
        return values;
    }

    @Override
    public String toString() {
        // Records print every component; a password must not end up in a log this way.
        return "CustomerUserInput[login=" + login + ", primaryCustomerId=" + primaryCustomerId + "]";
    }
}
