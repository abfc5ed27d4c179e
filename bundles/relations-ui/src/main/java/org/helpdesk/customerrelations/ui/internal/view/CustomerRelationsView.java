package org.helpdesk.customerrelations.ui.internal.view;

import org.helpdesk.customerrelations.ui.internal.RelationsServices;
import org.helpdesk.customerrelations.ui.internal.model.RelationRoutes;
import org.helpdesk.customerrelations.ui.internal.model.UsersOfCustomer;
import org.helpdesk.platform.api.directory.dto.Customer;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

/** The page of one customer: which customer users are related to it. */
@Route(RelationRoutes.CUSTOMER_PAGE)
public class CustomerRelationsView extends RelationsEditView {

    private static final long serialVersionUID = 1L;

    private Customer customer;

    public CustomerRelationsView(RelationsServices services) {
        super(services, "relations.customer.title", "relations.customer.search", "relations.column.customerUser");
        setId("customer-relations");
    }

    @Override
    protected Subject load(BeforeEnterEvent event) {
        String customerId = event.getRouteParameters().get(RelationRoutes.CUSTOMER_ID).orElse("");
        customer = services.customers().findCustomer(customerId).orElse(null);
        if (customer == null) {
            return Subject.notFound(getTranslation("relations.customer.notFound", customerId));
        }
        return Subject.found(new UsersOfCustomer(services.relations(), services.users(), customer,
                services::excludesPrimary), customer.customerId(), customer.label(), customer.valid());
    }

    @Override
    protected String pagePath() {
        return RelationRoutes.customerPagePath(customer.customerId());
    }

    @Override
    protected String subjectEditLink(String returnPath) {
        return RelationRoutes.hostCustomerEdit(customer.customerId(), returnPath);
    }
}
