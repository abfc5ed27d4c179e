package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "helpdesk", name = "customer-user-validate", description = "Switches a customer user valid again.")
public class CustomerUserValidateCommand extends CustomerUserValidityAction {

    @Override
    boolean valid() {
        return true;
    }
}
