package org.helpdesk.platform.tickets.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.helpdesk.platform.api.directory.dto.Page;
import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.api.tickets.dto.CustomerTicketQuery;
import org.helpdesk.platform.api.tickets.dto.Ticket;
import org.helpdesk.platform.api.tickets.dto.TicketState;

/** Tickets in a list, newest first; records the pages asked for. */
final class FakeTickets implements TicketService {

    final List<Ticket> tickets = new ArrayList<>();
    final List<int[]> calls = new ArrayList<>();

    FakeTickets(int count) {
        for (int i = count; i >= 1; i--) {
            tickets.add(new Ticket(String.format(Locale.ROOT, "2026120100%06d", i), (i % 2 == 0 ? "Printer " : "VPN ")
                    + i, TicketState.OPEN, "acme", "alice", Instant.EPOCH.plusSeconds(i)));
        }
    }

    @Override
    public Page<Ticket> searchTickets(String filter, int offset, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit " + limit);
        }
        calls.add(new int[] { offset, limit });
        List<Ticket> matching = tickets.stream()
                .filter(t -> filter == null || t.title().toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT)))
                .toList();
        return new Page<>(matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size())),
                matching.size());
    }

    @Override
    public Ticket createTicket(String customerId, String customerUserLogin, String title, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Ticket setState(String number, TicketState state, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Ticket> findTicket(String number) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Ticket> customerTickets(CustomerTicketQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Ticket> openAsCustomer(String login, String number) {
        throw new UnsupportedOperationException();
    }
}
