package org.helpdesk.platform.directory.ui.internal.common;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.IconSize;

/** The "Back" link of the edit pages: to the view that sent the admin here, or else to the list. */
public final class BackLink {

    public static final String ID = "back";

    private BackLink() {
    }

    /**
     * @param returnPath a path that passed {@link org.helpdesk.platform.directory.ui.internal.form.ReturnPath},
     *        or {@code null} to go back to {@code list}
     */
    public static Component create(Component owner, String returnPath, Class<? extends Component> list) {
        Component link;
        if (returnPath == null) {
            RouterLink routerLink = new RouterLink();
            routerLink.setRoute(list);
            link = routerLink;
        } else {
            // A full page load: the path belongs to another bundle's view, which may be gone by now.
            link = new Anchor(returnPath, "");
        }
        Icon arrow = VaadinIcon.ARROW_LEFT.create();
        arrow.addClassNames(IconSize.SMALL);
        ((HasComponents) link).add(arrow, new Span(owner.getTranslation("directory.button.back")));
        link.setId(ID);
        link.getElement().getClassList().addAll(List.of(Display.INLINE_FLEX, AlignItems.CENTER, Gap.XSMALL));
        return link;
    }
}
