package org.helpdesk.platform.web.internal.views;

import org.helpdesk.platform.api.admin.AdminUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

/** Shown, with status 403, when a logged-in user opens a view their roles do not allow. */
@ParentLayout(MainLayout.class)
public class NoPermissionView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(content(this, AdminUser.current().orElse(new AdminUser("", java.util.Set.of()))));
        return 403;
    }

    static Component content(Component owner, AdminUser user) {
        Div box = new Div(new H2(owner.getTranslation("noPermission.title")),
                new Paragraph(owner.getTranslation("noPermission.text", user.name())));
        box.setId("no-permission");
        return box;
    }
}
