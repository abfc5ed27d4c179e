package org.helpdesk.customerrelations.shell.internal;

import java.time.Duration;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.customerrelations.api.ApiTokens;
import org.helpdesk.customerrelations.api.dto.CreatedToken;
import org.helpdesk.platform.api.shell.TrailingOptions;

@Service
@Command(scope = "customer-relations", name = "token-create",
        description = "Creates a personal API token for the REST API, acting as you; prints its secret once.")
public class TokenCreateCommand implements Action {

    @Reference
    private ApiTokens tokens;

    @Argument(index = 0, name = "name", required = true, description = "what the token is for, e.g. \"CRM sync\"")
    private String name;

    @Argument(index = 1, name = "OPTIONS", description = "the options may also follow the name", multiValued = true)
    private List<String> trailing;

    @Option(name = "--days", description = "how many days it works (1-366)")
    private int days = 90;

    @Override
    public Object execute() {
        ShellActor.requireAdmin();
        List<String> extra = TrailingOptions.apply(this, trailing);
        if (!extra.isEmpty()) {
            throw new IllegalArgumentException("Unexpected value after the name: " + extra.get(0)
                    + " (quote a name with blanks)");
        }
        String owner = ShellActor.userName().orElseThrow(
                () -> new IllegalStateException("A token needs a logged-in shell user as its owner"));
        if (days < 1 || days > ApiTokens.MAX_VALIDITY.toDays()) {
            throw new IllegalArgumentException("--days must be 1 to " + ApiTokens.MAX_VALIDITY.toDays() + ": " + days);
        }
        CreatedToken created = tokens.create(owner, name, Duration.ofDays(days));
        System.out.println("Token " + created.token().id() + " \"" + created.token().name() + "\" for " + owner
                + ", valid until " + HistoryCommand.AT.format(created.token().expiresAt()) + " UTC:");
        System.out.println(created.secret());
        System.out.println("Shown only now: store it safely. Use it as 'Authorization: Bearer <token>'.");
        return null;
    }
}
