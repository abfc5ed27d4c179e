package org.helpdesk.platform.directory.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.directory.internal.demo.DemoData;

@Service
@Command(scope = "helpdesk", name = "demo-data",
        description = "Loads the worked example of the access rules; creates only what is missing.")
public class DemoDataCommand implements Action {

    @Reference
    private CustomerDirectory customers;

    @Reference
    private CustomerUserDirectory users;

    @Override
    public Object execute() {
        int created = DemoData.load(customers, users, ShellActor.current());
        System.out.println("Demo data: " + created + " records created");
        return null;
    }
}
