package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;

@Service
@Command(scope = "helpdesk", name = "customer-user-rename", description = "Changes a login; relations follow.")
public class CustomerUserRenameCommand implements Action {

    @Reference
    private CustomerUserDirectory users;

    @Argument(index = 0, name = "OLD", description = "current login", required = true)
    private String oldLogin;

    @Argument(index = 1, name = "NEW", description = "new login", required = true)
    private String newLogin;

    @Override
    public Object execute() {
        System.out.println("Renamed customer user " + oldLogin + " to "
                + users.renameCustomerUser(oldLogin, newLogin, ShellActor.current()).login());
        return null;
    }
}
