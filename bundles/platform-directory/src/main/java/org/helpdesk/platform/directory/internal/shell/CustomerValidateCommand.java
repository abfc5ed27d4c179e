package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "helpdesk", name = "customer-validate", description = "Switches a customer valid again.")
public class CustomerValidateCommand extends CustomerValidityAction {

    @Override
    boolean valid() {
        return true;
    }
}
