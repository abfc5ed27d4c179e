package org.helpdesk.platform.tickets.internal.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.shell.TrailingOptions;
import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.api.tickets.dto.CustomerTicketQuery;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketScope;

/** A benchmark harness, not a test: prints medians, asserts nothing. */
@Service
@Command(scope = "helpdesk", name = "benchmark-tickets",
        description = "Times, per login, the first page (50) of Company Tickets with its exact count, and the"
                + " visibility check of opening one ticket by number; prints medians.")
public class BenchmarkTicketsCommand implements Action {

    @Reference
    private TicketService tickets;

    @Reference
    private CustomerAccess access;

    @Argument(index = 0, name = "LOGIN", description = "customer users to measure; options may follow", required = true,
            multiValued = true)
    private List<String> logins;

    @Option(name = "--runs", description = "timed runs per measurement (after 3 warm-up runs)")
    private int runs = 21;

    @Override
    public Object execute() {
        for (String login : TrailingOptions.apply(this, logins)) {
            int ids = access.decide(login).customerIds().size();
            CustomerTicketQuery first = new CustomerTicketQuery(login, TicketScope.COMPANY, null, "", 0, 50);
            Page<Ticket> page = tickets.customerTickets(first);
            double pageMedian = median(() -> tickets.customerTickets(first));
            // a visible ticket (from the page) and, for the "no" answer, the newest ticket of the store
            String visible = page.items().isEmpty() ? null : page.items().get(page.items().size() / 2).number();
            String any = tickets.searchTickets("", 0, 1).items().stream().map(Ticket::number).findFirst().orElse(null);
            System.out.printf("%s: %d customer IDs, %d company tickets; Company Tickets page 50 + count: median %.2f ms%n",
                    login, ids, page.total(), pageMedian);
            for (String number : new String[] { visible, any }) {
                if (number != null) {
                    boolean sees = tickets.openAsCustomer(login, number).isPresent();
                    double openMedian = median(() -> tickets.openAsCustomer(login, number));
                    System.out.printf("%s: open ticket %s (visible: %s): median %.2f ms%n", login, number, sees,
                            openMedian);
                }
            }
        }
        return null;
    }

    private double median(Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < Math.max(1, runs); i++) {
            long start = System.nanoTime();
            work.run();
            nanos.add(System.nanoTime() - start);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
