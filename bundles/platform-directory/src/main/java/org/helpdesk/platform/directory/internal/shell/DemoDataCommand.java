package org.helpdesk.platform.directory.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.demo.DemoDataContributor;
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

    /** Other bundles' demo data (e.g. the worked example's tickets), loaded after the directory's. */
    @Reference(optional = true)
    private List<DemoDataContributor> contributors;

    @Override
    public Object execute() {
        int created = DemoData.load(customers, users, ShellActor.current());
        created += DemoData.loadContributions(contributors, ShellActor.current());
        System.out.println("Demo data: " + created + " records created");
        return null;
    }
}
