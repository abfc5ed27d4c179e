package org.helpdesk.platform.web.internal.vaadin;

import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;

/** The Vaadin service of the admin shell: our instantiator and this bundle's class loader. */
final class AdminVaadinService extends VaadinServletService {

    private final AdminViewRegistry views;
    private final I18NProvider i18n;
    private final Map<Class<?>, Supplier<? extends Component>> shellViews;

    AdminVaadinService(VaadinServlet servlet, DeploymentConfiguration configuration, AdminViewRegistry views,
            I18NProvider i18n, Map<Class<?>, Supplier<? extends Component>> shellViews) {
        super(servlet, configuration);
        this.views = views;
        this.i18n = i18n;
        this.shellViews = shellViews;
        setClassLoader(AdminVaadinService.class.getClassLoader());
    }

    @Override
    public void init() throws ServiceException {
        super.init();
        addSessionInitListener(event -> event.getSession().setErrorHandler(new AdminErrorHandler(i18n)));
    }

    @Override
    protected Instantiator createInstantiator() throws ServiceException {
        return new AdminInstantiator(this, views, i18n, shellViews);
    }
}
