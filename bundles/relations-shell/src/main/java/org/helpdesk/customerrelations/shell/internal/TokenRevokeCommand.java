package org.helpdesk.customerrelations.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.customerrelations.api.ApiTokens;
import org.helpdesk.customerrelations.api.dto.ApiToken;

@Service
@Command(scope = "customer-relations", name = "token-revoke",
        description = "Revokes a REST API token at once; its next request is refused.")
public class TokenRevokeCommand implements Action {

    @Reference
    private ApiTokens tokens;

    @Argument(index = 0, name = "id", required = true, description = "the token's ID (customer-relations:token-list)")
    private long id;

    @Override
    public Object execute() {
        ShellActor.requireAdmin();
        ApiToken token = tokens.revoke(id, ShellActor.current());
        System.out.println("Token " + token.id() + " \"" + token.name() + "\" of " + token.owner() + " is revoked ("
                + token.revokedBy() + ").");
        return null;
    }
}
