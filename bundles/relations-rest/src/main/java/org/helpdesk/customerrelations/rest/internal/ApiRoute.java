package org.helpdesk.customerrelations.rest.internal;

import java.util.List;

/**
 * One request of the API, matched from its method and path below {@code /api/customer-relations/v1}.
 *
 * @param endpoint what is asked for
 * @param subject the login or customer ID in the path (empty for {@link Endpoint#OPENAPI} and {@link Endpoint#HISTORY})
 * @param other the customer ID of a single relation (empty otherwise)
 */
record ApiRoute(Endpoint endpoint, String subject, String other) {

    enum Endpoint {
        OPENAPI, HISTORY, BATCH, CUSTOMERS_OF_USER, USERS_OF_CUSTOMER, CHANGE_USER, CHANGE_CUSTOMER, CUSTOMER_IDS, RELATE,
        UNRELATE
    }

    /**
     * @param method the HTTP method
     * @param segments the decoded path segments below the API's root, e.g. {@code [customer-users, alice, customers]}
     * @throws ApiProblem 404 for a path the API does not have, 405 for a method the path does not take
     */
    static ApiRoute match(String method, List<String> segments) {
        if (segments.contains("")) {
            throw ApiProblem.notFound("No such resource: /" + String.join("/", segments));
        }
        int n = segments.size();
        if (n == 1 && segments.get(0).equals("openapi.json")) {
            return only("GET", method, new ApiRoute(Endpoint.OPENAPI, "", ""));
        }
        if (n == 1 && segments.get(0).equals("relations:batch")) {
            return only("POST", method, new ApiRoute(Endpoint.BATCH, "", ""));
        }
        if (n == 1 && segments.get(0).equals("history")) {
            return only("GET", method, new ApiRoute(Endpoint.HISTORY, "", ""));
        }
        if (n == 3 && segments.get(0).equals("customer-users") && segments.get(2).equals("customers")) {
            return readOrChange(method, Endpoint.CUSTOMERS_OF_USER, Endpoint.CHANGE_USER, segments.get(1));
        }
        if (n == 3 && segments.get(0).equals("customer-users") && segments.get(2).equals("customer-ids")) {
            return only("GET", method, new ApiRoute(Endpoint.CUSTOMER_IDS, segments.get(1), ""));
        }
        if (n == 3 && segments.get(0).equals("customers") && segments.get(2).equals("customer-users")) {
            return readOrChange(method, Endpoint.USERS_OF_CUSTOMER, Endpoint.CHANGE_CUSTOMER, segments.get(1));
        }
        if (n == 4 && segments.get(0).equals("customer-users") && segments.get(2).equals("customers")) {
            return switch (method) {
                case "PUT" -> new ApiRoute(Endpoint.RELATE, segments.get(1), segments.get(3));
                case "DELETE" -> new ApiRoute(Endpoint.UNRELATE, segments.get(1), segments.get(3));
                default -> throw ApiProblem.methodNotAllowed(method, "PUT, DELETE");
            };
        }
        throw ApiProblem.notFound("No such resource: /" + String.join("/", segments));
    }

    private static ApiRoute readOrChange(String method, Endpoint read, Endpoint change, String subject) {
        return switch (method) {
            case "GET" -> new ApiRoute(read, subject, "");
            case "PATCH" -> new ApiRoute(change, subject, "");
            default -> throw ApiProblem.methodNotAllowed(method, "GET, PATCH");
        };
    }

    private static ApiRoute only(String allowed, String method, ApiRoute route) {
        if (!allowed.equals(method)) {
            throw ApiProblem.methodNotAllowed(method, allowed);
        }
        return route;
    }

    /** Splits a request's path info into decoded segments; empty segments (double or trailing slashes) are kept. */
    static List<String> segments(String pathInfo) {
        if (pathInfo == null || pathInfo.isEmpty() || pathInfo.equals("/")) {
            return List.of();
        }
        String path = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        return List.of(path.split("/", -1));
    }
}
