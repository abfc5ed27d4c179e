package org.helpdesk.platform.directory.ui.internal.user;

import java.text.NumberFormat;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.directory.ui.internal.common.ListLayout;
import org.helpdesk.platform.directory.ui.internal.common.Notices;
import org.helpdesk.platform.directory.ui.internal.common.Texts;
import org.helpdesk.platform.directory.ui.internal.common.ValidityBadge;
import org.helpdesk.platform.directory.ui.internal.form.DirectoryErrors;
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

/** All customer users, paged lazily from the directory, with a search and a "New customer user" dialog. */
@Route(EditRoutes.CUSTOMER_USERS)
public class CustomerUsersView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient CustomerUserDirectory users;
    private final transient CustomerDirectory customers;
    private final transient LazySearch<CustomerUser, CustomerUserSort> search;
    private final H2 heading = ListLayout.heading();
    private final TextField filter = ListLayout.searchField(getTranslation("directory.customerUsers.search"));
    private final Grid<CustomerUser> grid = new Grid<>();

    public CustomerUsersView(CustomerUserDirectory users, CustomerDirectory customers) {
        this.users = users;
        this.customers = customers;
        this.search = new LazySearch<>(CustomerUserSort.class, CustomerUserSort.LOGIN, users::listCustomerUsers,
                users::countCustomerUsers);
        setId("customer-users-view");
        setSizeFull();

        Button newUser = ListLayout.newButton("new-customer-user", getTranslation("directory.customerUsers.new"));
        newUser.addClickListener(e -> openNewCustomerUserDialog());
        configureGrid();
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        heading.setText(getTranslation("directory.customerUsers.title"));

        add(heading, ListLayout.toolbar(filter, newUser), grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("customer-users-grid");
        ListLayout.style(grid);
        grid.addColumn(CustomerUser::login).setHeader(getTranslation("directory.customerUser.field.login"))
                .setSortProperty(CustomerUserSort.LOGIN.name()).setAutoWidth(true).setFlexGrow(1);
        // Shown as "first last", sorted by last name as a directory reader expects.
        grid.addColumn(u -> (u.firstName() + " " + u.lastName()).strip())
                .setHeader(getTranslation("directory.customerUsers.column.name"))
                .setSortProperty(CustomerUserSort.LAST_NAME.name()).setFlexGrow(2);
        grid.addColumn(CustomerUser::email).setHeader(getTranslation("directory.customerUser.field.email"))
                .setSortProperty(CustomerUserSort.EMAIL.name()).setFlexGrow(2);
        grid.addColumn(CustomerUser::primaryCustomerId)
                .setHeader(getTranslation("directory.customerUser.field.primaryCustomer"))
                .setSortProperty(CustomerUserSort.PRIMARY_CUSTOMER_ID.name()).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(CustomerUser::backend).setHeader(getTranslation("directory.customerUsers.column.backend"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ValidityBadge.renderer(CustomerUser::valid, getTranslation("directory.invalid")))
                .setHeader(getTranslation("directory.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("directory.customerUsers.none"));
        grid.setItems(DataProvider.fromCallbacks(
                query -> answered(() -> search.fetch(query, filter.getValue()), Stream.empty()),
                query -> answered(() -> search.count(filter.getValue()), 0)))
                .addItemCountChangeListener(e -> heading.setText(
                        getTranslation("directory.customerUsers.heading", NumberFormat.getIntegerInstance(getLocale()).format(e.getItemCount()))));
        // one query per requested window, not one per page of 50: each deep OFFSET costs an index scan
        grid.getDataCommunicator().setPagingEnabled(false);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EditRoutes.customerUserEdit(e.getItem().login()))));
    }

    /** A backend that does not answer (LDAP down) empties the list with a message instead of an error page. */
    private <T> T answered(Supplier<T> call, T none) {
        try {
            return call.get();
        } catch (DirectoryException e) {
            Notices.error(Texts.of(this, DirectoryErrors.problemOf(e)));
            return none;
        }
    }

    private void openNewCustomerUserDialog() {
        NewCustomerUserDialog dialog = new NewCustomerUserDialog(users, customers);
        dialog.addCreatedListener(e -> {
            Notices.success(getTranslation("directory.customerUser.created", e.created().login()));
            grid.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.customerUsers.title");
    }
}
