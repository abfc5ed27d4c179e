package org.helpdesk.platform.directory.ui.internal.form;

import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/** A save on the Edit Customer User page: the user as loaded and what the form holds now. */
public record CustomerUserEdit(CustomerUser original, CustomerUserInput input, boolean valid) {

    /** Names, e-mail, primary customer, or a new password. */
    public boolean changesDetails() {
        return !original.firstName().equals(input.firstName())
                || !original.lastName().equals(input.lastName())
                || !original.email().equals(input.email())
                || !original.primaryCustomerId().equals(input.primaryCustomerId())
                || !input.password().isEmpty();
    }

    public boolean changesValidity() {
        return original.valid() != valid;
    }

    /** A change of spelling only ("Alice" to "alice") counts as a change too. */
    public boolean changesLogin() {
        return !original.login().equals(input.login());
    }

    public boolean changesAnything() {
        return changesDetails() || changesValidity() || changesLogin();
    }

    /**
     * Writes only what changed. The login comes last, so that when it is refused (taken already)
     * the page's URL still names the user.
     *
     * @return the customer user after the writes
     */
    public CustomerUser applyTo(CustomerUserDirectory directory, String actor) {
        CustomerUser current = original;
        if (changesDetails()) {
            current = directory.updateCustomerUser(current.login(), input.toDraft(), actor);
        }
        if (changesValidity()) {
            current = directory.setCustomerUserValid(current.login(), valid, actor);
        }
        if (changesLogin()) {
            current = directory.renameCustomerUser(current.login(), input.login(), actor);
        }
        return current;
    }
}
