package org.helpdesk.customerrelations.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;

/**
 * The admin view's "select all matching, save" from the shell: one subject against every match of a directory
 * filter on the other side, in one transaction (all of them or none, whatever happens to the node meanwhile).
 */
@Service
@Command(scope = "customer-relations", name = "relate-all",
        description = "Relates a customer to every customer user matching a filter, or a customer user to every "
                + "matching customer (one transaction: all or nothing); --remove unrelates them instead.")
public class RelateAllCommand implements Action {

    @Reference
    private CustomerRelationService relations;

    @Option(name = "--customer", description = "the customer to relate the matching customer users to")
    @Completion(CustomerIdCompleter.class)
    private String customerId;

    @Option(name = "--customer-user", description = "the customer user to relate to the matching customers")
    @Completion(LoginCompleter.class)
    private String login;

    @Option(name = "--filter", description = "directory search words over the other side; default: all")
    private String filter = "";

    @Option(name = "--remove", description = "unrelate the matching records instead")
    private boolean remove;

    @Override
    public Object execute() {
        ShellActor.requireAdmin();
        if ((customerId == null) == (login == null)) {
            throw new IllegalArgumentException("Give either --customer ID or --customer-user LOGIN");
        }
        Side side = customerId != null ? Side.CUSTOMER : Side.CUSTOMER_USER;
        String subject = customerId != null ? customerId : login;
        long start = System.nanoTime();
        ChangeResult result = relations.applyToAllMatching(side, subject, filter, !remove, Source.SHELL,
                ShellActor.current());
        System.out.println(summary(side, subject, filter, remove, result, (System.nanoTime() - start) / 1_000_000));
        return null;
    }

    static String summary(Side side, String subject, String filter, boolean remove, ChangeResult result,
            long millis) {
        String others = (side == Side.CUSTOMER ? "customer users" : "customers")
                + (filter == null || filter.isBlank() ? "" : " matching '" + filter.strip() + "'");
        return remove
                ? String.format("Unrelated %s from all %s: %d removed, %d not related (%d ms)", subject, others,
                        result.removed(), result.unchanged(), millis)
                : String.format("Related %s to all %s: %d added, %d already present (%d ms)", subject, others,
                        result.added(), result.unchanged(), millis);
    }
}
