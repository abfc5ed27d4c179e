package org.helpdesk.platform.portal.internal;

import org.helpdesk.platform.portal.internal.http.Router;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

/** The portal's own servlet context at {@code /portal}, apart from the admin shell's {@code /admin}. */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + PortalContextHelper.NAME,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH + "=" + Router.CONTEXT })
public class PortalContextHelper extends ServletContextHelper {

    public static final String NAME = "org.helpdesk.platform.portal";
    public static final String SELECT = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + NAME + ")";

    @Activate
    public PortalContextHelper(ComponentContext context) {
        super(context.getUsingBundle());
    }
}
