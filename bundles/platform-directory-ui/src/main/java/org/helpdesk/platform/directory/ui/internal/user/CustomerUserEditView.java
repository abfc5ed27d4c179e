package org.helpdesk.platform.directory.ui.internal.user;

import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.directory.ui.internal.common.BackLink;
import org.helpdesk.platform.directory.ui.internal.common.EditLayout;
import org.helpdesk.platform.directory.ui.internal.common.Notices;
import org.helpdesk.platform.directory.ui.internal.common.Texts;
import org.helpdesk.platform.directory.ui.internal.form.CustomerUserEdit;
import org.helpdesk.platform.directory.ui.internal.form.CustomerUserInput;
import org.helpdesk.platform.directory.ui.internal.form.DirectoryErrors;
import org.helpdesk.platform.directory.ui.internal.form.EditRoutes;
import org.helpdesk.platform.directory.ui.internal.form.ReturnPath;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.MaxWidth;

/**
 * Edit Customer User: login, names, e-mail, primary customer, password, valid flag, delete. Other
 * views link here with {@code ?return=/admin/...} to get a "Back" link to themselves.
 */
@Route(EditRoutes.CUSTOMER_USER_EDIT)
public class CustomerUserEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient CustomerUserDirectory users;
    private final transient CustomerDirectory customers;
    private final CustomerUserForm form;
    private final Checkbox valid = EditLayout.validCheckbox(this);
    private final Button save = EditLayout.saveButton(this);
    private final Button delete = EditLayout.deleteButton(this);
    private CustomerUser user;
    private String returnPath;
    private String pageTitle;

    public CustomerUserEditView(CustomerUserDirectory users, CustomerDirectory customers) {
        this.users = users;
        this.customers = customers;
        this.form = CustomerUserForm.forEdit(customers);
        setId("customer-user-edit-view");
        addClassNames(MaxWidth.SCREEN_MEDIUM);
        form.add(valid);
        save.addClickListener(e -> save());
        delete.addClickListener(e -> EditLayout.confirmDelete(this, "directory.customerUserEdit.delete.title",
                "directory.customerUserEdit.delete.text", user.login(), this::delete).open());
        pageTitle = getTranslation("directory.customerUserEdit.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String login = event.getRouteParameters().get(EditRoutes.LOGIN).orElse("");
        returnPath = event.getLocation().getQueryParameters().getSingleParameter(ReturnPath.PARAMETER)
                .flatMap(ReturnPath::check).orElse(null);
        users.findCustomerUser(login).ifPresentOrElse(this::show, () -> showNotFound(login));
    }

    private void show(CustomerUser shown) {
        user = shown;
        pageTitle = getTranslation("directory.customerUserEdit.pageTitle", shown.login());
        // A primary customer that vanished still shows by its ID, so the admin sees what to fix.
        Customer primary = customers.findCustomer(shown.primaryCustomerId())
                .orElse(new Customer(shown.primaryCustomerId(), "", false));
        form.setCustomerUser(shown, primary);
        valid.setValue(shown.valid());
        removeAll();
        add(BackLink.create(this, returnPath, CustomerUsersView.class),
                EditLayout.heading(this, "directory.customerUserEdit.title", shown.label(), shown.valid()),
                form, EditLayout.buttons(save, delete));
    }

    private void showNotFound(String login) {
        user = null;
        pageTitle = getTranslation("directory.customerUserEdit.title");
        removeAll();
        add(BackLink.create(this, returnPath, CustomerUsersView.class),
                EditLayout.notFound(getTranslation("directory.customerUserEdit.notFound", login)));
    }

    private void save() {
        CustomerUserInput input = form.input();
        if (!form.check(input)) {
            return;
        }
        CustomerUserEdit edit = new CustomerUserEdit(user, input, valid.getValue());
        if (!edit.changesAnything()) {
            Notices.success(getTranslation("directory.unchanged"));
            return;
        }
        String actor = AdminUser.requireAdmin().name();
        try {
            CustomerUser saved = edit.applyTo(users, actor);
            Notices.success(getTranslation("directory.customerUserEdit.saved", saved.login()));
            if (edit.changesLogin()) {
                // The URL names the user: follow the new login, so reload and bookmarks keep working.
                getUI().ifPresent(ui -> ui.navigate(EditRoutes.customerUserEdit(saved.login()), returnQuery()));
            } else {
                show(saved);
            }
        } catch (DirectoryException e) {
            // Writes before the refused one went through; start from what the directory holds now.
            users.findCustomerUser(user.login()).ifPresent(current -> user = current);
            form.showError(e, input);
        } finally {
            form.clearPassword();
        }
    }

    private void delete() {
        String actor = AdminUser.requireAdmin().name();
        try {
            users.deleteCustomerUser(user.login(), actor);
            Notices.success(getTranslation("directory.customerUserEdit.deleted", user.login()));
            getUI().ifPresent(ui -> ui.navigate(CustomerUsersView.class));
        } catch (DirectoryException e) {
            Notices.error(Texts.of(this, DirectoryErrors.problemOf(e)));
        }
    }

    private QueryParameters returnQuery() {
        return returnPath == null ? QueryParameters.empty() : QueryParameters.of(ReturnPath.PARAMETER, returnPath);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
