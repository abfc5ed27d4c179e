package org.helpdesk.platform.web.internal.vaadin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.di.ResourceProvider;
import com.vaadin.flow.server.VaadinServlet;

/**
 * Resources for Vaadin from this bundle, which carries the pre-compiled frontend under
 * {@code META-INF/VAADIN}, falling back to flow-server's own bundle. Vaadin's default provider
 * looks in places that do not exist in OSGi and then falls into development mode.
 */
public class HostResourceProvider implements ResourceProvider {

    private final ClassLoader host = HostResourceProvider.class.getClassLoader();
    private final ClassLoader flow = VaadinServlet.class.getClassLoader();

    @Override
    public URL getApplicationResource(String path) {
        return host.getResource(path);
    }

    @Override
    public List<URL> getApplicationResources(String path) throws IOException {
        return new ArrayList<>(Collections.list(host.getResources(path)));
    }

    @Override
    public URL getClientResource(String path) {
        URL url = host.getResource(path);
        return url != null ? url : flow.getResource(path);
    }

    @Override
    public InputStream getClientResourceAsStream(String path) throws IOException {
        URL url = getClientResource(path);
        if (url == null) {
            throw new IOException("No client resource " + path);
        }
        return url.openStream();
    }
}
