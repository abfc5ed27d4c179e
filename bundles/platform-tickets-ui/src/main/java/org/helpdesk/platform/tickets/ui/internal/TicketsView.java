package org.helpdesk.platform.tickets.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.helpdesk.platform.api.tickets.TicketService;
import org.helpdesk.platform.api.tickets.dto.Ticket;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.MaxWidth;

/** All tickets, newest first, paged lazily from the ticket store with an exact count and a search. */
@Route(TicketsView.ROUTE)
public class TicketsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "tickets";
    private static final long serialVersionUID = 1L;
    /** Long enough not to query on every key stroke, short enough to feel live. */
    private static final int SEARCH_DELAY_MS = 300;

    private final transient TicketPages pages;
    private final H2 heading = new H2();
    private final TextField filter = new TextField();
    private final Grid<Ticket> grid = new Grid<>();

    public TicketsView(TicketService tickets) {
        this.pages = new TicketPages(tickets);
        setId("tickets-view");
        setSizeFull();
        heading.addClassNames(FontSize.XXLARGE, Margin.NONE);
        heading.setText(getTranslation("tickets.title"));

        String placeholder = getTranslation("tickets.search");
        filter.setId("search");
        filter.setPlaceholder(placeholder);
        filter.setAriaLabel(placeholder);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setValueChangeTimeout(SEARCH_DELAY_MS);
        filter.setWidthFull();
        filter.addClassNames(MaxWidth.SCREEN_SMALL);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        configureGrid();
        add(heading, filter, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("tickets-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.addColumn(Ticket::number).setHeader(getTranslation("tickets.column.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Ticket::title).setHeader(getTranslation("tickets.column.title")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation("tickets.state." + t.state().name()))
                .setHeader(getTranslation("tickets.column.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Ticket::customerId).setHeader(getTranslation("tickets.column.customerId")).setFlexGrow(1);
        grid.addColumn(Ticket::customerUserLogin).setHeader(getTranslation("tickets.column.customerUser"))
                .setFlexGrow(1);
        grid.addColumn(t -> time.format(t.createdAt())).setHeader(getTranslation("tickets.column.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("tickets.none"));
        // Text columns: Vaadin escapes the values, so typed titles cannot inject HTML.
        grid.setItems(DataProvider.fromCallbacks(
                query -> pages.fetch(query.getOffset(), query.getLimit(), filter.getValue()),
                query -> pages.count(filter.getValue())))
                .addItemCountChangeListener(e -> heading.setText(
                        getTranslation("tickets.heading", Integer.toString(e.getItemCount()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tickets.title");
    }
}
