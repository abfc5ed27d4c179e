package org.helpdesk.platform.api.access;

import java.util.Objects;

/**
 * One customer ID of a customer user, with the reason it was granted.
 *
 * @param customerId the customer ID as spelled by its source
 * @param reason why the user has it: {@link #BACKEND}, {@link #PRIMARY}, or a contributor's reason such as
 *        {@code relation}
 */
public record CustomerIdGrant(String customerId, String reason) {

    /** Reason of IDs that the user's backend delivers (the OTRS {@code UserCustomerIDs} field). */
    public static final String BACKEND = "backend";
    /** Reason of the user's primary customer ID. */
    public static final String PRIMARY = "primary";

    public CustomerIdGrant {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return e.g. {@code acme: primary} */
    @Override
    public String toString() {
        return customerId + ": " + reason;
    }
}
