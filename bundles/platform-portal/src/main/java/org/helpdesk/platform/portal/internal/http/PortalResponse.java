package org.helpdesk.platform.portal.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The portal's answer to one request: status, headers and body. The servlet writes it out.
 *
 * @param status the HTTP status
 * @param contentType the content type of the body, or {@code null} without body
 * @param body the body, may be empty
 * @param headers extra headers (e.g. {@code Location}, {@code Set-Cookie})
 */
public record PortalResponse(int status, String contentType, String body, Map<String, String> headers) {

    public static final String HTML = "text/html;charset=UTF-8";
    public static final String CSS = "text/css;charset=UTF-8";

    public PortalResponse {
        body = body == null ? "" : body;
        headers = Map.copyOf(headers);
    }

    public static PortalResponse html(int status, String body) {
        return new PortalResponse(status, HTML, body, Map.of());
    }

    /** A "303 See Other", so a browser follows a POST with a GET and a reload does not post again. */
    public static PortalResponse redirect(String location) {
        Objects.requireNonNull(location, "location");
        return new PortalResponse(303, null, "", Map.of("Location", location));
    }

    /** @return this response with one more header */
    public PortalResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new PortalResponse(status, contentType, body, more);
    }

    public String header(String name) {
        return headers.get(name);
    }
}
