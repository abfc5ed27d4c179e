package org.helpdesk.platform.directory.ui.internal.customer;

import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.directory.ui.internal.common.BackLink;
import org.helpdesk.platform.directory.ui.internal.common.EditLayout;
import org.helpdesk.platform.directory.ui.internal.common.Notices;
import org.helpdesk.platform.directory.ui.internal.common.Texts;
import org.helpdesk.platform.directory.ui.internal.form.CustomerEdit;
import org.helpdesk.platform.directory.ui.internal.form.CustomerInput;
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
 * Edit Customer: name, ID, valid flag, delete. Other views link here with {@code ?return=/admin/...}
 * to get a "Back" link to themselves.
 */
@Route(EditRoutes.CUSTOMER_EDIT)
public class CustomerEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient CustomerDirectory directory;
    private final CustomerForm form = new CustomerForm();
    private final Checkbox valid = EditLayout.validCheckbox(this);
    private final Button save = EditLayout.saveButton(this);
    private final Button delete = EditLayout.deleteButton(this);
    private Customer customer;
    private String returnPath;
    private String pageTitle;

    public CustomerEditView(CustomerDirectory directory) {
        this.directory = directory;
        setId("customer-edit-view");
        addClassNames(MaxWidth.SCREEN_MEDIUM);
        form.add(valid);
        save.addClickListener(e -> save());
        delete.addClickListener(e -> EditLayout.confirmDelete(this, "directory.customerEdit.delete.title",
                "directory.customerEdit.delete.text", customer.customerId(), this::delete).open());
        pageTitle = getTranslation("directory.customerEdit.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String customerId = event.getRouteParameters().get(EditRoutes.CUSTOMER_ID).orElse("");
        returnPath = event.getLocation().getQueryParameters().getSingleParameter(ReturnPath.PARAMETER)
                .flatMap(ReturnPath::check).orElse(null);
        directory.findCustomer(customerId).ifPresentOrElse(this::show, () -> showNotFound(customerId));
    }

    private void show(Customer shown) {
        customer = shown;
        pageTitle = getTranslation("directory.customerEdit.pageTitle", shown.customerId());
        form.setCustomer(shown);
        valid.setValue(shown.valid());
        removeAll();
        add(BackLink.create(this, returnPath, CustomersView.class),
                EditLayout.heading(this, "directory.customerEdit.title", shown.label(), shown.valid()),
                form, EditLayout.buttons(save, delete));
    }

    private void showNotFound(String customerId) {
        customer = null;
        pageTitle = getTranslation("directory.customerEdit.title");
        removeAll();
        add(BackLink.create(this, returnPath, CustomersView.class),
                EditLayout.notFound(getTranslation("directory.customerEdit.notFound", customerId)));
    }

    private void save() {
        CustomerInput input = form.input();
        if (!form.check(input)) {
            return;
        }
        CustomerEdit edit = new CustomerEdit(customer, input, valid.getValue());
        if (!edit.changesAnything()) {
            Notices.success(getTranslation("directory.unchanged"));
            return;
        }
        String actor = AdminUser.requireAdmin().name();
        try {
            Customer saved = edit.applyTo(directory, actor);
            Notices.success(getTranslation("directory.customerEdit.saved", saved.customerId()));
            if (edit.changesId()) {
                // The URL names the customer: follow the new ID, so reload and bookmarks keep working.
                getUI().ifPresent(ui -> ui.navigate(EditRoutes.customerEdit(saved.customerId()), returnQuery()));
            } else {
                show(saved);
            }
        } catch (DirectoryException e) {
            // Writes before the refused one went through; start from what the directory holds now.
            directory.findCustomer(customer.customerId()).ifPresent(current -> customer = current);
            form.showError(e, input);
        }
    }

    private void delete() {
        String actor = AdminUser.requireAdmin().name();
        try {
            directory.deleteCustomer(customer.customerId(), actor);
            Notices.success(getTranslation("directory.customerEdit.deleted", customer.customerId()));
            getUI().ifPresent(ui -> ui.navigate(CustomersView.class));
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
