package org.helpdesk.customerrelations.ui.internal.view;

import org.helpdesk.customerrelations.ui.internal.RelationsServices;
import org.helpdesk.customerrelations.ui.internal.model.RelationRoutes;
import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.helpdesk.platform.api.directory.DirectoryException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.Flex;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * What the platform's access decision says about one customer user now (rules R1 and R2): the
 * effective customer IDs with the reason for each, and whether company tickets are visible at all.
 */
final class EffectiveAccessPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final transient RelationsServices services;
    private final String login;

    EffectiveAccessPanel(RelationsServices services, String login) {
        this.services = services;
        this.login = login;
        setId("effective-access");
        addClassNames(Background.CONTRAST_5, BorderRadius.MEDIUM, Padding.MEDIUM, Flex.SHRINK_NONE);
        setWidth("22em");
        setMinWidth("16em");
        refresh();
    }

    void refresh() {
        removeAll();
        H3 title = new H3(getTranslation("relations.access.title"));
        title.addClassNames(FontSize.MEDIUM, Margin.Top.NONE, Margin.Bottom.SMALL);
        add(title);
        CustomerAccess access = services.access().orElse(null);
        if (access == null) {
            add(new Paragraph(getTranslation("relations.access.unavailable")));
            return;
        }
        AccessDecision decision;
        try {
            decision = access.decide(login);
        } catch (DirectoryException e) {
            add(new Paragraph(getTranslation("relations.user.notFound", login)));
            return;
        }
        if (decision.customerIds().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("relations.access.none"));
            none.addClassNames(Margin.Top.NONE);
            add(none);
        } else {
            UnorderedList ids = new UnorderedList();
            ids.setId("effective-customer-ids");
            ids.addClassNames(Margin.Top.NONE, Margin.Bottom.SMALL, Padding.Left.LARGE);
            for (CustomerIdGrant grant : decision.customerIds()) {
                Span id = new Span(grant.customerId());
                id.addClassNames(FontWeight.SEMIBOLD);
                Span reason = new Span(" — " + reason(grant.reason()));
                reason.addClassNames(TextColor.SECONDARY);
                ListItem item = new ListItem(id, reason);
                item.getElement().setAttribute("data-reason", grant.reason());
                ids.add(item);
            }
            add(ids);
        }
        Paragraph tickets = new Paragraph(getTranslation(decision.companyTicketAccessDisabled()
                ? "relations.access.companyTickets.off" : "relations.access.companyTickets.on"));
        tickets.setId("company-tickets");
        tickets.addClassNames(FontSize.SMALL, Margin.Bottom.XSMALL);
        Anchor settings = new Anchor(RelationRoutes.HOST_SYSTEM_CONFIGURATION, getTranslation("relations.access.settings"));
        settings.setId("system-configuration");
        settings.addClassNames(FontSize.SMALL);
        add(tickets, settings);
    }

    private String reason(String reason) {
        return switch (reason) {
            case CustomerIdGrant.PRIMARY -> getTranslation("relations.access.reason.primary");
            case CustomerIdGrant.BACKEND -> getTranslation("relations.access.reason.backend");
            case "relation" -> getTranslation("relations.access.reason.relation");
            default -> reason;
        };
    }
}
