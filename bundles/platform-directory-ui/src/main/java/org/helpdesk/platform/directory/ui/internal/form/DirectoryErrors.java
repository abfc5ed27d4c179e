package org.helpdesk.platform.directory.ui.internal.form;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.helpdesk.platform.api.directory.DirectoryException;

/** Turns a refused directory write into a translatable message and the form field it is about. */
public final class DirectoryErrors {

    private DirectoryErrors() {
    }

    /** @return the message, naming the value the directory refused */
    public static Problem problemOf(DirectoryException e) {
        String value = Problem.shown(e.value());
        return switch (e.reason()) {
            case INVALID_VALUE -> value.isEmpty() ? Problem.of(Checks.REQUIRED)
                    : Problem.of("directory.error.invalidValue", value);
            case DUPLICATE -> Problem.of("directory.error.duplicate", value);
            case UNKNOWN_CUSTOMER -> Problem.of("directory.error.unknownCustomer", value);
            case UNKNOWN_CUSTOMER_USER -> Problem.of("directory.error.unknownCustomerUser", value);
            case IN_USE -> Problem.of("directory.error.inUse", value);
            case DATABASE -> Problem.of("directory.error.database");
            case BACKEND_UNAVAILABLE -> Problem.of("directory.error.backendUnavailable");
            case READ_ONLY -> Problem.of("directory.error.readOnly", value);
        };
    }

    /** @return the customer field the error is about; empty when it is about no single field */
    public static Optional<CustomerField> fieldOf(DirectoryException e, CustomerInput input) {
        return switch (e.reason()) {
            case DUPLICATE -> Optional.of(CustomerField.CUSTOMER_ID);
            case INVALID_VALUE -> fieldHolding(e.value(), input.values()).or(() -> Optional.of(CustomerField.CUSTOMER_ID));
            default -> Optional.empty();
        };
    }

    /** @return the customer-user field the error is about; empty when it is about no single field */
    public static Optional<CustomerUserField> fieldOf(DirectoryException e, CustomerUserInput input) {
        return switch (e.reason()) {
            case DUPLICATE -> Optional.of(CustomerUserField.LOGIN);
            case UNKNOWN_CUSTOMER -> Optional.of(CustomerUserField.PRIMARY_CUSTOMER);
            case INVALID_VALUE -> fieldHolding(e.value(), input.values()).or(() -> Optional.of(CustomerUserField.LOGIN));
            default -> Optional.empty();
        };
    }

    private static <F extends Enum<F>> Optional<F> fieldHolding(String value, Map<F, String> values) {
        return values.entrySet().stream()
                .filter(entry -> Objects.equals(entry.getValue(), value == null ? "" : value.strip()))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
