package org.helpdesk.platform.tickets.ui.internal;

import java.util.List;

import org.helpdesk.platform.api.admin.AdminView;
import org.helpdesk.platform.api.admin.NavigationGroup;
import org.helpdesk.platform.api.tickets.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The navigation entry "Tickets" in the group Tickets; hands the ticket service to its view. */
@org.osgi.service.component.annotations.Component(service = AdminView.class)
public class TicketsAdminView implements AdminView {

    static final String LABEL_KEY = "tickets.nav.tickets";

    private final TicketService tickets;

    @Activate
    public TicketsAdminView(@Reference TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public Class<? extends Component> navigationTarget() {
        return TicketsView.class;
    }

    @Override
    public List<Class<? extends Component>> routeTargets() {
        return List.of(TicketsView.class);
    }

    @Override
    public NavigationGroup navigationGroup() {
        return NavigationGroup.TICKETS;
    }

    @Override
    public String labelKey() {
        return LABEL_KEY;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public <T extends Component> T createRouteTarget(Class<T> routeTarget) {
        if (routeTarget == TicketsView.class) {
            return routeTarget.cast(new TicketsView(tickets));
        }
        throw new IllegalArgumentException("Not a route of " + LABEL_KEY + ": " + routeTarget.getName());
    }
}
