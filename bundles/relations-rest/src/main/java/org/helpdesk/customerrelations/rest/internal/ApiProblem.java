package org.helpdesk.customerrelations.rest.internal;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.helpdesk.customerrelations.api.RelationException;

/**
 * An error answer as {@code application/problem+json} (RFC 9457): HTTP status, a stable {@code type} per
 * reason, a title and a detail naming the bad value. Thrown before anything is written, or by a write
 * that wrote nothing.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Problem types are URNs below this prefix, e.g. {@code urn:helpdesk:customer-relations:problem:unknown-customer}. */
    static final String TYPE_PREFIX = "urn:helpdesk:customer-relations:problem:";

    private final int status;
    private final String type;
    private final String title;
    private final transient Map<String, String> headers;
    /** Extension members of the problem object (RFC 9457, section 3.2), or {@code null}. */
    private final transient ObjectNode extensions;

    private ApiProblem(int status, String type, String title, String detail, Map<String, String> headers) {
        this(status, type, title, detail, headers, null);
    }

    private ApiProblem(int status, String type, String title, String detail, Map<String, String> headers,
            ObjectNode extensions) {
        super(detail);
        this.status = status;
        this.type = TYPE_PREFIX + type;
        this.title = title;
        this.headers = headers;
        this.extensions = extensions;
    }

    static ApiProblem of(int status, String type, String title, String detail) {
        return new ApiProblem(status, type, title, detail, Map.of());
    }

    static ApiProblem notFound(String detail) {
        return of(404, "not-found", "Not found", detail);
    }

    static ApiProblem methodNotAllowed(String method, String allowed) {
        return new ApiProblem(405, "method-not-allowed", "Method not allowed",
                method + " is not allowed here; allowed: " + allowed, Map.of("Allow", allowed));
    }

    static ApiProblem invalidInput(String detail) {
        return of(400, "invalid-input", "Invalid input", detail);
    }

    /** A batch of which pairs were rejected: nothing written; the report rides along. */
    static ApiProblem batchRejected(int rejected, ObjectNode report) {
        return new ApiProblem(422, "batch-rejected", "Batch rejected", rejected
                + " pair(s) of the batch were rejected; nothing was written. See 'rejected'.", Map.of(), report);
    }

    static ApiProblem unauthenticated() {
        return new ApiProblem(401, "unauthenticated", "Authentication required",
                "Send an admin's name and password (HTTP Basic) or an active personal token (Bearer).",
                Map.of("WWW-Authenticate", "Basic realm=\"helpdesk\", charset=\"UTF-8\""));
    }

    static ApiProblem forbidden(String user) {
        return of(403, "forbidden", "Forbidden", "User '" + user + "' does not have the admin role.");
    }

    /** The service's refusal as the matching problem; unknown records in the path are 404. */
    static ApiProblem of(RelationException e) {
        return switch (e.reason()) {
            case UNKNOWN_CUSTOMER_USER -> of(404, "unknown-customer-user", "Unknown customer user", e.getMessage());
            case UNKNOWN_CUSTOMER -> of(404, "unknown-customer", "Unknown customer", e.getMessage());
            case PRIMARY_CUSTOMER -> of(409, "primary-customer", "Primary customer", e.getMessage());
            case INVALID_VALUE -> invalidInput(e.getMessage());
            case CONFLICT -> of(412, "conflict", "Changed meanwhile", e.getMessage());
            case DATABASE -> databaseUnavailable(e.getMessage());
        };
    }

    /** 503: the database (or the login throttle in it) does not answer; nothing was written. */
    static ApiProblem databaseUnavailable(String detail) {
        return new ApiProblem(503, "database", "Database unavailable", detail, Map.of("Retry-After", "10"));
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }

    Map<String, String> headers() {
        return headers;
    }

    ObjectNode extensions() {
        return extensions;
    }
}
