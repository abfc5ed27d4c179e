package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "helpdesk", name = "customer-invalidate", description = "Switches a customer invalid (kept for history).")
public class CustomerInvalidateCommand extends CustomerValidityAction {

    @Override
    boolean valid() {
        return false;
    }
}
