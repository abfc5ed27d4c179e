package org.helpdesk.platform.directory.ui.internal.form;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;

/** A save on the Edit Customer page: the customer as loaded and what the form holds now. */
public record CustomerEdit(Customer original, CustomerInput input, boolean valid) {

    public boolean changesName() {
        return !original.name().equals(input.name());
    }

    public boolean changesValidity() {
        return original.valid() != valid;
    }

    /** A change of spelling only ("ACME" to "acme") counts as a change too. */
    public boolean changesId() {
        return !original.customerId().equals(input.customerId());
    }

    public boolean changesAnything() {
        return changesName() || changesValidity() || changesId();
    }

    /**
     * Writes only what changed. The ID comes last, so that when it is refused (taken already) the
     * page's URL still names the customer.
     *
     * @return the customer after the writes
     */
    public Customer applyTo(CustomerDirectory directory, String actor) {
        Customer current = original;
        if (changesName()) {
            current = directory.renameCompany(current.customerId(), input.name(), actor);
        }
        if (changesValidity()) {
            current = directory.setCustomerValid(current.customerId(), valid, actor);
        }
        if (changesId()) {
            current = directory.changeCustomerId(current.customerId(), input.customerId(), actor);
        }
        return current;
    }
}
