package org.helpdesk.customerrelations.ui.internal.view;

import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.ui.internal.model.RelationRoutes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;

/**
 * The top of an edit page: its title, and the subject as a link to the host's edit page of it, which
 * leads back here; marked when the subject is invalid. Also the title and way back of a page whose
 * subject does not exist.
 */
final class SubjectHeading extends Div {

    private static final long serialVersionUID = 1L;

    private final Anchor link = new Anchor();

    /** @param side what the subject is, for the link's title */
    SubjectHeading(String titleKey, Side side, String label, boolean valid) {
        link.setText(label);
        link.setId("subject");
        // through the router, so that leaving with unsaved changes asks first
        link.getElement().setAttribute("router-link", true);
        link.setTitle(getTranslation(side == Side.CUSTOMER ? "relations.hostLink.customer"
                : "relations.hostLink.customerUser"));
        link.addClassNames(FontSize.LARGE);
        HorizontalLayout subjectLine = new HorizontalLayout(link);
        subjectLine.setAlignItems(Alignment.CENTER);
        if (!valid) {
            subjectLine.add(Ui.badge(getTranslation("relations.invalid"), "badge error"));
        }
        add(title(this, titleKey), subjectLine);
    }

    /** @param href the host's edit page of the subject, with its "Back" link to this page's current search */
    void linkTo(String href) {
        link.setHref(href);
    }

    static H2 title(Component owner, String titleKey) {
        H2 title = new H2(owner.getTranslation(titleKey));
        title.addClassNames(FontSize.XXLARGE, Margin.NONE);
        return title;
    }

    /** @return the link to the overview, for a page whose subject does not exist */
    static Anchor overviewLink(Component owner) {
        Anchor link = new Anchor(RelationRoutes.ADMIN + RelationRoutes.OVERVIEW, owner.getTranslation("relations.back"));
        link.setId("back");
        return link;
    }
}
