package org.helpdesk.platform.directory.internal.demo;

import java.util.List;

import org.helpdesk.platform.api.demo.DemoDataContributor;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUserDraft;

/**
 * The worked example of the access rules: customers acme, globex, initech; alice and bob (primary
 * acme), carol (primary globex). Portal passwords equal the logins. Loading creates what is missing
 * and leaves existing records alone, so it can run any number of times.
 */
public final class DemoData {

    record DemoCustomer(String id, String name) {
    }

    record DemoUser(String login, String first, String last, String email, String customer) {
    }

    static final List<DemoCustomer> CUSTOMERS = List.of(
            new DemoCustomer("acme", "Acme Corp"),
            new DemoCustomer("globex", "Globex Corporation"),
            new DemoCustomer("initech", "Initech"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("alice", "Alice", "Smith", "alice@acme.example", "acme"),
            new DemoUser("bob", "Bob", "Jones", "bob@acme.example", "acme"),
            new DemoUser("carol", "Carol", "White", "carol@globex.example", "globex"));

    private DemoData() {
    }

    /** @return the number of records created */
    public static int load(CustomerDirectory customers, CustomerUserDirectory users, String actor) {
        int created = 0;
        for (DemoCustomer customer : CUSTOMERS) {
            if (customers.findCustomer(customer.id()).isEmpty()) {
                customers.createCustomer(customer.id(), customer.name(), actor);
                created++;
            }
        }
        for (DemoUser user : USERS) {
            if (users.findCustomerUser(user.login()).isEmpty()) {
                users.createCustomerUser(user.login(), new CustomerUserDraft(user.first(), user.last(), user.email(),
                        user.customer(), user.login().toCharArray()), actor);
                created++;
            }
        }
        return created;
    }

    /** Runs the other bundles' demo data (e.g. tickets) after the directory's. @return records created */
    public static int loadContributions(List<DemoDataContributor> contributors, String actor) {
        int created = 0;
        for (DemoDataContributor contributor : contributors == null ? List.<DemoDataContributor>of() : contributors) {
            created += contributor.loadDemoData(actor);
        }
        return created;
    }
}
