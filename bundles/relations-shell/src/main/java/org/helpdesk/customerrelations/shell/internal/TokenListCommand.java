package org.helpdesk.customerrelations.shell.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.helpdesk.customerrelations.api.ApiTokens;
import org.helpdesk.customerrelations.api.dto.ApiToken;

@Service
@Command(scope = "customer-relations", name = "token-list",
        description = "Lists the REST API tokens of all admins (never their secrets), newest first.")
public class TokenListCommand implements Action {

    @Reference
    private ApiTokens tokens;

    @Option(name = "--no-format", description = "plain tab-separated lines for scripts, no header")
    private boolean noFormat;

    @Override
    public Object execute() {
        ShellActor.requireAdmin();
        List<ApiToken> all = tokens.list();
        Instant now = Instant.now();
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Owner");
        table.column("Name");
        table.column("Created (UTC)");
        table.column("Expires (UTC)");
        table.column("State");
        for (ApiToken t : all) {
            String state = t.revokedAt() != null ? "revoked by " + t.revokedBy()
                    : t.activeAt(now) ? "active" : "expired";
            table.addRow().addContent(t.id(), t.owner(), t.name(), at(t.createdAt()), at(t.expiresAt()), state);
        }
        table.print(System.out, !noFormat);
        if (!noFormat) {
            System.out.println(all.size() + " tokens");
        }
        return null;
    }

    private static String at(Instant instant) {
        return HistoryCommand.AT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
