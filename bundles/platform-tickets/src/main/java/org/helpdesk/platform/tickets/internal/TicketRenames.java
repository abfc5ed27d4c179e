package org.helpdesk.platform.tickets.internal;

import static org.helpdesk.platform.tickets.internal.db.Like.lower;

import org.helpdesk.platform.api.directory.DirectoryEvents;
import org.helpdesk.platform.tickets.internal.db.TicketDatabase;
import org.helpdesk.platform.tickets.internal.db.TicketMapper;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Tickets follow renamed customer IDs and logins, so they keep their owners. Deleting or invalidating
 * a customer or user leaves its tickets as they are.
 */
@Component(property = { EventConstants.EVENT_TOPIC + "=" + DirectoryEvents.CUSTOMER_RENAMED,
    EventConstants.EVENT_TOPIC + "=" + DirectoryEvents.CUSTOMER_USER_RENAMED })
public class TicketRenames implements EventHandler {

    private final TicketDatabase database;

    @Activate
    public TicketRenames(@Reference TicketDatabase database) {
        this.database = database;
    }

    @Override
    public void handleEvent(Event event) {
        if (DirectoryEvents.CUSTOMER_RENAMED.equals(event.getTopic())) {
            String from = (String) event.getProperty(DirectoryEvents.OLD_CUSTOMER_ID);
            String to = (String) event.getProperty(DirectoryEvents.CUSTOMER_ID);
            if (from != null && to != null) {
                database.write(s -> s.getMapper(TicketMapper.class).renameCustomerId(lower(from), to, lower(to)));
            }
        } else {
            String from = (String) event.getProperty(DirectoryEvents.OLD_LOGIN);
            String to = (String) event.getProperty(DirectoryEvents.LOGIN);
            if (from != null && to != null) {
                database.write(s -> s.getMapper(TicketMapper.class).renameCustomerUser(lower(from), to, lower(to)));
            }
        }
    }
}
