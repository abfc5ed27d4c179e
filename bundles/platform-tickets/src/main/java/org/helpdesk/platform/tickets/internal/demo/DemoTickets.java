package org.helpdesk.platform.tickets.internal.demo;

import static org.helpdesk.platform.tickets.internal.db.Like.lower;

import java.util.List;

import org.helpdesk.platform.api.demo.DemoDataContributor;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.tickets.internal.db.TicketDatabase;
import org.helpdesk.platform.tickets.internal.db.TicketMapper;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The worked example's tickets T1 (acme, alice), T2 (acme, bob), T3 (globex, carol), T5 (globex,
 * alice), created in that order. A ticket counts as present when its user has a ticket with its title,
 * so loading again creates nothing; a ticket whose customer or user is gone is skipped.
 */
@Component(service = DemoDataContributor.class)
public class DemoTickets implements DemoDataContributor {

    record DemoTicket(String customerId, String login, String title) {
    }

    static final List<DemoTicket> TICKETS = List.of(
            new DemoTicket("acme", "alice", "T1 Printer on floor 2 is jammed"),
            new DemoTicket("acme", "bob", "T2 VPN drops every hour"),
            new DemoTicket("globex", "carol", "T3 Invoice 4711 is missing"),
            new DemoTicket("globex", "alice", "T5 New laptop for the Globex project"));

    private final TicketService tickets;
    private final TicketDatabase database;
    private final CustomerDirectory customers;
    private final CustomerUserDirectory users;

    @Activate
    public DemoTickets(@Reference TicketService tickets, @Reference TicketDatabase database,
            @Reference CustomerDirectory customers, @Reference CustomerUserDirectory users) {
        this.tickets = tickets;
        this.database = database;
        this.customers = customers;
        this.users = users;
    }

    @Override
    public int loadDemoData(String actor) {
        int created = 0;
        for (DemoTicket t : TICKETS) {
            boolean present = database.read(s -> s.getMapper(TicketMapper.class)
                    .countByTitle(t.title(), lower(t.login()))) > 0;
            if (!present && customers.findCustomer(t.customerId()).isPresent()
                    && users.findCustomerUser(t.login()).isPresent()) {
                tickets.createTicket(t.customerId(), t.login(), t.title(), actor);
                created++;
            }
        }
        return created;
    }
}
