package org.helpdesk.customerrelations.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.junit.jupiter.api.Test;

class ApiProblemTest {

    @Test
    void everyReasonOfTheServiceHasItsStatusAndStableType() {
        Map<Reason, String> expected = Map.of(
                Reason.UNKNOWN_CUSTOMER_USER, "404 unknown-customer-user",
                Reason.UNKNOWN_CUSTOMER, "404 unknown-customer",
                Reason.PRIMARY_CUSTOMER, "409 primary-customer",
                Reason.INVALID_VALUE, "400 invalid-input",
                Reason.CONFLICT, "412 conflict",
                Reason.DATABASE, "503 database");
        assertEquals(Reason.values().length, expected.size(), "a new reason needs its problem type");
        expected.forEach((reason, answer) -> {
            ApiProblem problem = ApiProblem.of(new RelationException(reason, "x", "because"));
            assertEquals(answer, problem.status() + " " + problem.type().substring(ApiProblem.TYPE_PREFIX.length()));
            assertEquals("because", problem.getMessage());
        });
        assertEquals("10", ApiProblem.of(new RelationException(Reason.DATABASE, null, "down")).headers()
                .get("Retry-After"));
    }

    @Test
    void unauthenticatedAnswersSayHowToAuthenticate() {
        ApiProblem problem = ApiProblem.unauthenticated();
        assertEquals(401, problem.status());
        assertEquals("Basic realm=\"helpdesk\", charset=\"UTF-8\"", problem.headers().get("WWW-Authenticate"));
        assertEquals(403, ApiProblem.forbidden("agent").status());
    }
}
