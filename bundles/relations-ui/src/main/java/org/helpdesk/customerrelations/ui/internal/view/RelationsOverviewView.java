package org.helpdesk.customerrelations.ui.internal.view;

import java.text.NumberFormat;

import org.helpdesk.customerrelations.ui.internal.RelationsServices;
import org.helpdesk.customerrelations.ui.internal.model.Paging;
import org.helpdesk.customerrelations.ui.internal.model.RelationRoutes;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * The overview: all customer users and all customers side by side, paged lazily with exact counts,
 * filtered by one search that is kept in the URL ({@code ?search=}). A click opens the entry's page.
 */
@Route(RelationRoutes.OVERVIEW)
public class RelationsOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient RelationsServices services;
    private final TextField search = Ui.searchField(this, "relations.overview.search");
    private final H3 usersHeading = listHeading();
    private final H3 customersHeading = listHeading();
    private final Grid<CustomerUser> users = new Grid<>();
    private final Grid<Customer> customers = new Grid<>();
    private final HorizontalLayout lists;

    public RelationsOverviewView(RelationsServices services) {
        this.services = services;
        setId("relations-overview");
        setSizeFull();

        H2 title = new H2(getTranslation("relations.overview.title"));
        title.addClassNames(FontSize.XXLARGE, Margin.NONE);
        Paragraph description = new Paragraph(getTranslation("relations.overview.description"));
        description.addClassNames(TextColor.SECONDARY, Margin.NONE);
        search.setHelperText(getTranslation("relations.overview.search.helper"));

        configure(users, "customer-users", CustomerUser::label, CustomerUser::valid,
                "relations.overview.users.none");
        users.setItems(DataProvider.fromCallbacks(
                query -> Paging.fetch(query.getOffset(), query.getLimit(), (offset, limit) -> services.users()
                        .listCustomerUsers(userSearch().page(offset, limit))).stream(),
                query -> count(services.users().countCustomerUsers(userSearch()))))
                .addItemCountChangeListener(e -> usersHeading.setText(
                        getTranslation("relations.overview.users", NumberFormat.getIntegerInstance(getLocale()).format(e.getItemCount()))));
        // one query per requested window, not one per page of 50: each deep OFFSET costs an index scan
        users.getDataCommunicator().setPagingEnabled(false);
        users.addItemClickListener(e -> navigate(RelationRoutes.userPagePath(e.getItem().login())));

        configure(customers, "customers", Customer::label, Customer::valid, "relations.overview.customers.none");
        customers.setItems(DataProvider.fromCallbacks(
                query -> Paging.fetch(query.getOffset(), query.getLimit(), (offset, limit) -> services.customers()
                        .listCustomers(customerSearch().page(offset, limit))).stream(),
                query -> count(services.customers().countCustomers(customerSearch()))))
                .addItemCountChangeListener(e -> customersHeading.setText(
                        getTranslation("relations.overview.customers", NumberFormat.getIntegerInstance(getLocale()).format(e.getItemCount()))));
        customers.getDataCommunicator().setPagingEnabled(false);
        customers.addItemClickListener(e -> navigate(RelationRoutes.customerPagePath(e.getItem().customerId())));

        usersHeading.setText(getTranslation("relations.overview.users", "…"));
        customersHeading.setText(getTranslation("relations.overview.customers", "…"));
        lists = new HorizontalLayout(column(usersHeading, users), column(customersHeading, customers));
        lists.setSizeFull();
        lists.setSpacing(true);
        lists.getChildren().forEach(column -> lists.setFlexGrow(1, column));

        search.addValueChangeListener(e -> {
            users.getDataProvider().refreshAll();
            customers.getDataProvider().refreshAll();
            if (e.isFromClient()) {
                rememberSearchInUrl();
            }
        });
        add(new Div(title, description), search, lists);
        setFlexGrow(1, lists);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String term = event.getLocation().getQueryParameters().getSingleParameter(RelationRoutes.SEARCH).orElse("");
        if (!term.equals(search.getValue())) {
            search.setValue(term);
        }
        boolean noUsers = services.users().countCustomerUsers(Search.of("", CustomerUserSort.LOGIN, 1)) == 0;
        boolean noCustomers = services.customers().countCustomers(Search.of("", CustomerSort.CUSTOMER_ID, 1)) == 0;
        if ((noUsers || noCustomers) && lists.getParent().isPresent()) {
            showBothNeeded();
        }
    }

    /** Relations need both sides: instead of empty lists, say so and point to the views that create them. */
    private void showBothNeeded() {
        remove(search, lists);
        Paragraph text = new Paragraph(getTranslation("relations.empty.text"));
        text.addClassNames(Margin.NONE);
        Anchor toCustomers = new Anchor(RelationRoutes.HOST_CUSTOMERS, getTranslation("relations.empty.customers"));
        toCustomers.setId("create-customers");
        Anchor toUsers = new Anchor(RelationRoutes.HOST_CUSTOMER_USERS, getTranslation("relations.empty.customerUsers"));
        toUsers.setId("create-customer-users");
        HorizontalLayout links = new HorizontalLayout(toCustomers, toUsers);
        Div notice = new Div(text, links);
        notice.setId("relations-empty");
        notice.addClassNames(Background.CONTRAST_5, BorderRadius.MEDIUM, Padding.MEDIUM);
        links.addClassNames(Margin.Top.SMALL);
        add(notice);
    }

    private <T> void configure(Grid<T> grid, String id, ValueProvider<T, String> label, ValueProvider<T, Boolean> valid,
            String noneKey) {
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.addColumn(LitRenderer.<T>of("<span>${item.label}</span>"
                + " <span theme=\"badge error small\" ?hidden=${item.valid}>${item.invalid}</span>")
                .withProperty("label", label)
                .withProperty("valid", valid)
                .withProperty("invalid", item -> getTranslation("relations.invalid")))
                .setFlexGrow(1);
        grid.setEmptyStateText(getTranslation(noneKey));
    }

    private static VerticalLayout column(H3 heading, Grid<?> grid) {
        VerticalLayout column = new VerticalLayout(heading, grid);
        column.setPadding(false);
        column.setSpacing(false);
        column.addClassNames(Gap.SMALL);
        column.setSizeFull();
        column.setFlexGrow(1, grid);
        return column;
    }

    private static H3 listHeading() {
        H3 heading = new H3();
        heading.addClassNames(FontSize.LARGE, Margin.NONE);
        return heading;
    }

    private Search<CustomerUserSort> userSearch() {
        return Search.of(search.getValue(), CustomerUserSort.LOGIN, 1);
    }

    private Search<CustomerSort> customerSearch() {
        return Search.of(search.getValue(), CustomerSort.CUSTOMER_ID, 1);
    }

    private static int count(long count) {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    private void navigate(String path) {
        getUI().ifPresent(ui -> ui.navigate(path));
    }

    private void rememberSearchInUrl() {
        String term = search.getValue().strip();
        QueryParameters query = term.isEmpty() ? QueryParameters.empty() : QueryParameters.of(RelationRoutes.SEARCH, term);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(RelationRoutes.OVERVIEW, query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("relations.overview.title");
    }
}
