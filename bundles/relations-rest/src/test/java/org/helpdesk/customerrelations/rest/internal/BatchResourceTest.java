package org.helpdesk.customerrelations.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.BatchChange;
import org.helpdesk.customerrelations.api.dto.BatchChange.Operation;
import org.helpdesk.customerrelations.api.dto.BatchReport;
import org.helpdesk.customerrelations.api.dto.Source;
import org.junit.jupiter.api.Test;

/** The batch endpoint's JSON on a faked service that reports what it was given. */
class BatchResourceTest {

    private final List<Object[]> calls = new ArrayList<>();
    private BatchReport answer;

    private final CustomerRelationService service = (CustomerRelationService) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {CustomerRelationService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("applyBatch")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                calls.add(args);
                return answer;
            });

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void passesThePairsInOrderAndSplitsTheReportByOperation() throws Exception {
        BatchChange add = new BatchChange(Operation.ADD, "alice", "globex");
        BatchChange remove = new BatchChange(Operation.REMOVE, "bob", "acme");
        answer = new BatchReport(List.of(new BatchReport.Entry(0, add)), List.of(new BatchReport.Entry(1, remove)),
                List.of(), true);
        ObjectNode report = new BatchResource(service).apply(json("{\"changes\":[{\"op\":\"add\",\"login\":\"alice\","
                + "\"customerId\":\"globex\"},{\"op\":\"remove\",\"login\":\"bob\",\"customerId\":\"acme\"}]}"), "admin");

        Object[] call = calls.get(0);
        assertEquals(List.of(add, remove), call[0]);
        assertEquals(false, call[1]);
        assertEquals(Source.API, call[2]);
        assertEquals("api:admin", call[3]);
        assertTrue(report.get("applied").asBoolean());
        assertEquals(0, report.get("added").get(0).get("index").asInt());
        assertEquals("bob", report.get("notPresent").get(0).get("login").asText());
        assertEquals(0, report.get("removed").size());
        assertEquals(0, report.get("alreadyPresent").size());
    }

    @Test
    void rejectedPairsOutsideADryRunAreA422ProblemThatCarriesTheReport() throws Exception {
        BatchChange bad = new BatchChange(Operation.ADD, "alice", "acme");
        answer = new BatchReport(List.of(), List.of(), List.of(new BatchReport.Rejected(0, bad, "primary customer")),
                false);
        String body = "{\"changes\":[{\"op\":\"add\",\"login\":\"alice\",\"customerId\":\"acme\"}]}";
        ApiProblem problem = assertThrows(ApiProblem.class, () -> new BatchResource(service).apply(json(body), "a"));
        assertEquals(422, problem.status());
        assertEquals("primary customer", problem.extensions().get("rejected").get(0).get("reason").asText());

        ObjectNode dry = new BatchResource(service).apply(json("{\"dryRun\":true," + body.substring(1)), "a");
        assertFalse(dry.get("applied").asBoolean());
        assertEquals(true, calls.get(1)[1]);
    }

    @Test
    void malformedBatchesNeverReachTheService() {
        for (String body : new String[] {"{}", "{\"changes\":{}}", "{\"changes\":[1]}", "{\"changes\":[],\"x\":1}",
                "{\"dryRun\":\"yes\",\"changes\":[]}", "{\"changes\":[{\"op\":\"add\",\"login\":\"a\"}]}",
                "{\"changes\":[{\"op\":\"ADD\",\"login\":\"a\",\"customerId\":\"b\"}]}",
                "{\"changes\":[{\"op\":\"add\",\"login\":\"a\",\"customerId\":7}]}",
                "{\"changes\":[{\"op\":\"add\",\"login\":\"a\",\"customerId\":\"b\",\"extra\":1}]}"}) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> new BatchResource(service).apply(json(body), "a"),
                    body);
            assertEquals(400, problem.status(), body);
        }
        assertTrue(calls.isEmpty());
    }
}
