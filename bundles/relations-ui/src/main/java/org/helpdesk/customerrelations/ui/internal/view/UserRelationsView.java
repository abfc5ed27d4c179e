package org.helpdesk.customerrelations.ui.internal.view;

import org.helpdesk.customerrelations.ui.internal.RelationsServices;
import org.helpdesk.customerrelations.ui.internal.model.CustomersOfUser;
import org.helpdesk.customerrelations.ui.internal.model.RelationRoutes;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

/** The page of one customer user: which customers it is related to, and its effective customer IDs. */
@Route(RelationRoutes.USER_PAGE)
public class UserRelationsView extends RelationsEditView {

    private static final long serialVersionUID = 1L;

    private CustomerUser user;
    private EffectiveAccessPanel panel;

    public UserRelationsView(RelationsServices services) {
        super(services, "relations.user.title", "relations.user.search", "relations.column.customer");
        setId("user-relations");
    }

    @Override
    protected Subject load(BeforeEnterEvent event) {
        String login = event.getRouteParameters().get(RelationRoutes.LOGIN).orElse("");
        user = services.users().findCustomerUser(login).orElse(null);
        if (user == null) {
            return Subject.notFound(getTranslation("relations.user.notFound", login));
        }
        panel = new EffectiveAccessPanel(services, user.login());
        return Subject.found(new CustomersOfUser(services.relations(), services.customers(), user,
                services.excludesPrimary(user.backend())), user.login(), user.label(), user.valid());
    }

    @Override
    protected String pagePath() {
        return RelationRoutes.userPagePath(user.login());
    }

    @Override
    protected String subjectEditLink(String returnPath) {
        return RelationRoutes.hostCustomerUserEdit(user.login(), returnPath);
    }

    @Override
    protected Component sidePanel() {
        return panel;
    }

    @Override
    protected void afterSave() {
        panel.refresh();
    }
}
