package org.helpdesk.platform.directory.ui.internal.form;

import java.util.EnumMap;
import java.util.Map;

import org.helpdesk.platform.api.directory.CustomerDirectory;

/** What an admin typed into a customer form, stripped of surrounding blanks. */
public record CustomerInput(String customerId, String name) {

    public CustomerInput {
        customerId = Checks.strip(customerId);
        name = Checks.strip(name);
    }

    /** @return the problems by field; empty when the input may be sent to the directory */
    public Map<CustomerField, Problem> problems() {
        Map<CustomerField, Problem> problems = new EnumMap<>(CustomerField.class);
        Checks.identifier(customerId, CustomerDirectory.MAX_ID_LENGTH)
                .ifPresent(p -> problems.put(CustomerField.CUSTOMER_ID, p));
        Checks.required(name, CustomerDirectory.MAX_NAME_LENGTH).ifPresent(p -> problems.put(CustomerField.NAME, p));
        return problems;
    }

    /** @return the values by field, to find the field a directory error is about */
    public Map<CustomerField, String> values() {
        Map<CustomerField, String> values = new EnumMap<>(CustomerField.class);
        values.put(CustomerField.CUSTOMER_ID, customerId);
        values.put(CustomerField.NAME, name);
        return values;
    }
}
