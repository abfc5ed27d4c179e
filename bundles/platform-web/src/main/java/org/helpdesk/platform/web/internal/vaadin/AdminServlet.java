package org.helpdesk.platform.web.internal.vaadin;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.helpdesk.platform.web.internal.i18n.AdminTranslations;
import org.helpdesk.platform.web.internal.security.AccessGuard;
import org.helpdesk.platform.web.internal.security.AdminAuthenticator;
import org.helpdesk.platform.web.internal.views.LoginView;
import org.helpdesk.platform.web.internal.views.MainLayout;
import org.helpdesk.platform.web.internal.views.NoPermissionView;
import org.helpdesk.platform.web.internal.views.NotFoundView;
import org.helpdesk.platform.web.internal.views.StartView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import com.vaadin.flow.shared.Registration;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

/**
 * The admin shell's Vaadin servlet on the Servlet Whiteboard. A whiteboard runs no servlet
 * container initializers, so this servlet does their work itself before Vaadin starts: the lookup
 * with our resource provider, the app shell, and the routes.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT + "=" + AdminContextHelper.SELECT,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ASYNC_SUPPORTED + "=true",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + "productionMode=true",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + "closeIdleSessions=true" })
public class AdminServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    private final transient AdminViewRegistry views;
    private final transient AdminTranslations translations;
    private final transient AdminAuthenticator authenticator;
    private transient Registration viewListener;

    @Activate
    public AdminServlet(@Reference AdminViewRegistry views, @Reference AdminTranslations translations,
            @Reference AdminAuthenticator authenticator) {
        this.views = views;
        this.translations = translations;
        this.authenticator = authenticator;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(AdminServlet.class.getClassLoader());
        try {
            ServletContext context = config.getServletContext();
            new LookupServletContainerInitializer()
                    .process(Set.of(LookupInitializer.class, HostResourceProvider.class), context);
            VaadinServletContext vaadinContext = new VaadinServletContext(context);
            VaadinAppShellInitializer.init(Set.of(), vaadinContext);
            registerShellRoutes(ApplicationRouteRegistry.getInstance(vaadinContext));
            super.init(config);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void registerShellRoutes(ApplicationRouteRegistry registry) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
        routes.update(() -> {
            routes.setRoute(LoginView.PATH, LoginView.class);
            routes.setRoute(StartView.PATH, StartView.class, MainLayout.class);
        });
        registry.setErrorNavigationTargets(Set.of(NoPermissionView.class, NotFoundView.class));
        AdminRouteSync sync = new AdminRouteSync(views, registry);
        viewListener = views.onChange(sync::sync);
        sync.sync();
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        Map<Class<?>, Supplier<? extends com.vaadin.flow.component.Component>> shellViews = Map.of(
                LoginView.class, () -> new LoginView(authenticator),
                MainLayout.class, () -> new MainLayout(views, translations),
                StartView.class, () -> new StartView(views),
                NoPermissionView.class, NoPermissionView::new,
                NotFoundView.class, NotFoundView::new);
        AdminVaadinService service = new AdminVaadinService(this, configuration, views, translations, shellViews);
        service.init();
        service.addUIInitListener(event -> event.getUI().addBeforeEnterListener(new AccessGuard(views, LoginView.class)));
        return service;
    }

    @Override
    public void destroy() {
        if (viewListener != null) {
            viewListener.remove();
        }
        super.destroy();
    }
}
