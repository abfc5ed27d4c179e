package org.helpdesk.customerrelations.shell.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.platform.api.directory.dto.Page;

@Service
@Command(scope = "customer-relations", name = "history",
        description = "Lists recorded relation changes, newest first: who, when, from where.")
public class HistoryCommand implements Action {

    /** How the shell prints instants: UTC, to the second where callers truncate. */
    static final DateTimeFormatter AT = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC);

    @Reference
    private CustomerRelationService relations;

    @Option(name = "--customer-user", description = "only changes of this login")
    @Completion(LoginCompleter.class)
    private String login;

    @Option(name = "--customer", description = "only changes of this customer ID")
    @Completion(CustomerIdCompleter.class)
    private String customerId;

    @Option(name = "--offset", description = "skip this many entries")
    private int offset;

    @Option(name = "--limit", description = "at most this many entries (1-1000)")
    private int limit = 50;

    @Option(name = "--no-format", description = "plain tab-separated lines for scripts, no header, no count")
    private boolean noFormat;

    @Override
    public Object execute() {
        ShellActor.requireAdmin();
        Paging.check(offset, limit);
        Page<HistoryEntry> page = relations.history(new HistoryQuery(login, customerId, offset, limit));
        ShellTable table = new ShellTable();
        table.column("#");
        table.column("At (UTC)");
        table.column("Action");
        table.column("Login");
        table.column("Customer ID");
        table.column("Source");
        table.column("Actor");
        table.column("Detail");
        for (HistoryEntry e : page.items()) {
            table.addRow().addContent(e.id(), AT.format(e.at().truncatedTo(ChronoUnit.SECONDS)), e.action(),
                    e.login(), e.customerId(), e.source(), e.actor(), e.detail());
        }
        table.print(System.out, !noFormat);
        if (!noFormat) {
            System.out.println(Paging.footer(offset, page.items().size(), page.total(), "history entries"));
        }
        return null;
    }
}
