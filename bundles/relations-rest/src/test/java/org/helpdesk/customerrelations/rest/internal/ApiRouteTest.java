package org.helpdesk.customerrelations.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApiRouteTest {

    @Test
    void matchesEachEndpoint() {
        assertEquals(new ApiRoute(ApiRoute.Endpoint.CUSTOMERS_OF_USER, "alice", ""),
                ApiRoute.match("GET", ApiRoute.segments("/customer-users/alice/customers")));
        assertEquals(new ApiRoute(ApiRoute.Endpoint.USERS_OF_CUSTOMER, "acme", ""),
                ApiRoute.match("GET", ApiRoute.segments("/customers/acme/customer-users")));
        assertEquals(new ApiRoute(ApiRoute.Endpoint.CUSTOMER_IDS, "alice", ""),
                ApiRoute.match("GET", ApiRoute.segments("/customer-users/alice/customer-ids")));
        assertEquals(new ApiRoute(ApiRoute.Endpoint.RELATE, "alice", "globex"),
                ApiRoute.match("PUT", ApiRoute.segments("/customer-users/alice/customers/globex")));
        assertEquals(new ApiRoute(ApiRoute.Endpoint.UNRELATE, "alice", "globex"),
                ApiRoute.match("DELETE", ApiRoute.segments("/customer-users/alice/customers/globex")));
        assertEquals(new ApiRoute(ApiRoute.Endpoint.CHANGE_USER, "alice", ""),
                ApiRoute.match("PATCH", ApiRoute.segments("/customer-users/alice/customers")));
        assertEquals(new ApiRoute(ApiRoute.Endpoint.CHANGE_CUSTOMER, "acme", ""),
                ApiRoute.match("PATCH", ApiRoute.segments("/customers/acme/customer-users")));
        assertEquals(ApiRoute.Endpoint.HISTORY, ApiRoute.match("GET", List.of("history")).endpoint());
        assertEquals(ApiRoute.Endpoint.OPENAPI, ApiRoute.match("GET", List.of("openapi.json")).endpoint());
    }

    @Test
    void unknownPathsAre404AndWrongMethods405WithTheAllowedOnes() {
        ApiProblem missing = assertThrows(ApiProblem.class,
                () -> ApiRoute.match("GET", ApiRoute.segments("/customer-users/alice")));
        assertEquals(404, missing.status());
        assertEquals(404, assertThrows(ApiProblem.class, () -> ApiRoute.match("GET", ApiRoute.segments("/"))).status());
        ApiProblem wrong = assertThrows(ApiProblem.class,
                () -> ApiRoute.match("POST", ApiRoute.segments("/customer-users/alice/customers/acme")));
        assertEquals(405, wrong.status());
        assertEquals("PUT, DELETE", wrong.headers().get("Allow"));
        ApiProblem delete = assertThrows(ApiProblem.class,
                () -> ApiRoute.match("DELETE", ApiRoute.segments("/customer-users/alice/customers")));
        assertEquals(405, delete.status());
        assertEquals("GET, PATCH", delete.headers().get("Allow"));
    }

    @Test
    void emptySegmentsDoNotMatch() {
        assertEquals(List.of("customer-users", "", "customers"), ApiRoute.segments("/customer-users//customers"));
        assertEquals(404, assertThrows(ApiProblem.class,
                () -> ApiRoute.match("GET", ApiRoute.segments("/customer-users//customers"))).status());
        assertEquals(404, assertThrows(ApiProblem.class,
                () -> ApiRoute.match("PUT", ApiRoute.segments("/customer-users/alice/customers/"))).status());
    }
}
