package org.helpdesk.platform.directory.ui.internal.user;

import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.directory.ui.internal.form.LazySearch;

import com.vaadin.flow.component.combobox.ComboBox;

/**
 * Picks a customer by typing part of its ID or name. The items page lazily from the directory, so
 * it works with any number of customers.
 */
public class PrimaryCustomerField extends ComboBox<Customer> {

    private static final long serialVersionUID = 1L;

    public PrimaryCustomerField(CustomerDirectory customers) {
        LazySearch<Customer, CustomerSort> search = new LazySearch<>(CustomerSort.class, CustomerSort.CUSTOMER_ID,
                customers::listCustomers, customers::countCustomers);
        setId("primary-customer");
        setLabel(getTranslation("directory.customerUser.field.primaryCustomer"));
        setPlaceholder(getTranslation("directory.customerUser.field.primaryCustomer.placeholder"));
        setRequiredIndicatorVisible(true);
        setManualValidation(true);
        String invalidLabel = getTranslation("directory.invalid");
        setItemLabelGenerator(c -> c.valid() ? c.label() : c.label() + " (" + invalidLabel + ")");
        setItems(query -> search.fetch(query, query.getFilter().orElse("")),
                query -> search.count(query.getFilter().orElse("")));
    }

    /** @return the chosen customer's ID, or "" */
    public String customerId() {
        return getValue() == null ? "" : getValue().customerId();
    }
}
