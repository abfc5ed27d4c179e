package org.helpdesk.platform.portal.internal.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request to the portal, free of the servlet API so the portal can be tested without a server.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the path inside the portal, starting with {@code /} (e.g. {@code /tickets/42})
 * @param query the raw query string, or empty
 * @param parameters query and form parameters
 * @param sessionId the value of the portal's session cookie, or {@code null}
 * @param acceptLanguage the {@code Accept-Language} header, or {@code null}
 * @param secure whether the request came over HTTPS
 */
public record PortalRequest(String method, String path, String query, Map<String, List<String>> parameters,
        String sessionId, String acceptLanguage, boolean secure) {

    public PortalRequest {
        Objects.requireNonNull(method, "method");
        path = path == null || path.isEmpty() ? "/" : path;
        query = query == null ? "" : query;
        parameters = Map.copyOf(parameters);
    }

    /** @return the first value of the parameter, or empty */
    public String parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    /** @return the path with its query, as it was requested */
    public String pathAndQuery() {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
