package org.helpdesk.platform.web.internal.views;

import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.web.internal.vaadin.AdminViewRegistry;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The page after login. Users without the admin role learn here that they cannot use admin views. */
public class StartView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "";

    private static final long serialVersionUID = 1L;

    public StartView(AdminViewRegistry views) {
        setId("start-view");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        AdminUser user = AdminUser.current().orElseThrow();
        if (user.isAdmin()) {
            add(new H2(getTranslation("start.title", user.name())), new Paragraph(getTranslation("start.text")));
        } else {
            add(NoPermissionView.content(this, user));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.title");
    }
}
