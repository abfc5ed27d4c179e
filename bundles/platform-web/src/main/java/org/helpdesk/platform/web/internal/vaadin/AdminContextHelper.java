package org.helpdesk.platform.web.internal.vaadin;

import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

/**
 * The servlet context of the admin shell at {@code /admin}. It exists mainly to give browsers the
 * right content types: module scripts served as anything but JavaScript are refused.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + AdminContextHelper.NAME,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH + "=" + AdminContextHelper.PATH })
public class AdminContextHelper extends ServletContextHelper {

    public static final String NAME = "org.helpdesk.platform.admin";
    public static final String PATH = "/admin";
    public static final String SELECT = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + NAME + ")";

    private static final Map<String, String> MIME_TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("css", "text/css"),
            Map.entry("html", "text/html"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"));

    @Activate
    public AdminContextHelper(ComponentContext context) {
        super(context.getUsingBundle());
    }

    @Override
    public String getMimeType(String name) {
        return mimeTypeOf(name);
    }

    static String mimeTypeOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : MIME_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
