package org.helpdesk.platform.directory.ui.internal.customer;

import java.text.NumberFormat;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.directory.ui.internal.common.ListLayout;
import org.helpdesk.platform.directory.ui.internal.common.Notices;
import org.helpdesk.platform.directory.ui.internal.common.ValidityBadge;
import org.helpdesk.platform.directory.ui.internal.form.EditRoutes;
import org.helpdesk.platform.directory.ui.internal.form.LazySearch;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** All customers, paged lazily from the directory, with a search and a "New customer" dialog. */
@Route(EditRoutes.CUSTOMERS)
public class CustomersView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient CustomerDirectory directory;
    private final transient LazySearch<Customer, CustomerSort> search;
    private final H2 heading = ListLayout.heading();
    private final TextField filter = ListLayout.searchField(getTranslation("directory.customers.search"));
    private final Grid<Customer> grid = new Grid<>();

    public CustomersView(CustomerDirectory directory) {
        this.directory = directory;
        this.search = new LazySearch<>(CustomerSort.class, CustomerSort.CUSTOMER_ID, directory::listCustomers,
                directory::countCustomers);
        setId("customers-view");
        setSizeFull();

        Button newCustomer = ListLayout.newButton("new-customer", getTranslation("directory.customers.new"));
        newCustomer.addClickListener(e -> openNewCustomerDialog());
        configureGrid();
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        heading.setText(getTranslation("directory.customers.title"));

        add(heading, ListLayout.toolbar(filter, newCustomer), grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("customers-grid");
        ListLayout.style(grid);
        grid.addColumn(Customer::customerId).setHeader(getTranslation("directory.customer.field.id"))
                .setSortProperty(CustomerSort.CUSTOMER_ID.name()).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Customer::name).setHeader(getTranslation("directory.customer.field.name"))
                .setSortProperty(CustomerSort.NAME.name()).setFlexGrow(3);
        grid.addColumn(ValidityBadge.renderer(Customer::valid, getTranslation("directory.invalid")))
                .setHeader(getTranslation("directory.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("directory.customers.none"));
        grid.setItems(DataProvider.fromCallbacks(
                query -> search.fetch(query, filter.getValue()),
                query -> search.count(filter.getValue())))
                .addItemCountChangeListener(e -> heading.setText(
                        getTranslation("directory.customers.heading", NumberFormat.getIntegerInstance(getLocale()).format(e.getItemCount()))));
        // one query per requested window, not one per page of 50: each deep OFFSET costs an index scan
        grid.getDataCommunicator().setPagingEnabled(false);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EditRoutes.customerEdit(e.getItem().customerId()))));
    }

    private void openNewCustomerDialog() {
        NewCustomerDialog dialog = new NewCustomerDialog(directory);
        dialog.addCreatedListener(e -> {
            Notices.success(getTranslation("directory.customer.created", e.created().customerId()));
            grid.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.customers.title");
    }
}
