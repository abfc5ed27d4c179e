package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "helpdesk", name = "customer-user-invalidate", description = "Switches a customer user invalid (no portal login; records kept).")
public class CustomerUserInvalidateCommand extends CustomerUserValidityAction {

    @Override
    boolean valid() {
        return false;
    }
}
