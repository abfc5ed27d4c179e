package org.helpdesk.platform.tickets.internal.shell;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.karaf.shell.support.table.ShellTable;
import org.helpdesk.platform.api.tickets.dto.Ticket;

/** The ticket table that list commands print. */
final class Tables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Tables() {
    }

    static ShellTable tickets(Iterable<Ticket> tickets) {
        ShellTable table = new ShellTable();
        table.column("Number");
        table.column("Title").maxSize(60);
        table.column("State");
        table.column("Customer ID");
        table.column("Customer user");
        table.column("Created (UTC)");
        for (Ticket t : tickets) {
            table.addRow().addContent(t.number(), t.title(), t.state().name().toLowerCase(Locale.ROOT), t.customerId(),
                    t.customerUserLogin(), TIME.format(t.createdAt()));
        }
        return table;
    }
}
