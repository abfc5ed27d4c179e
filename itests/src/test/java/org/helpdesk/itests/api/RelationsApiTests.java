package org.helpdesk.itests.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.helpdesk.itests.HelpdeskContainer;
import org.helpdesk.itests.PortalClient;
import org.junit.Before;
import org.junit.Test;

/**
 * The REST API of the running assembly through Java's HttpClient, on the demo data (alice and bob of
 * acme, carol of globex; tickets T1, T2 of acme, T3 of globex). Every answer is held against the schema
 * the API's OpenAPI document gives for it. Tests put back the relations they change.
 */
public abstract class RelationsApiTests {

    private static final String BASE = HelpdeskContainer.BASE_URL;
    private static final String PROBLEM = "urn:helpdesk:customer-relations:problem:";

    private ApiClient admin;
    private OpenApiDocument openApi;

    @Before
    public void setUp() throws Exception {
        HelpdeskContainer.awaitHttpOk(ApiClient.ROOT + "/openapi.json", Duration.ofSeconds(240));
        admin = ApiClient.as(BASE, "admin", "admin");
        ApiClient.Answer document = ApiClient.anonymous(BASE).get("/openapi.json");
        assertEquals(200, document.status());
        openApi = new OpenApiDocument(document.json());
        // the demo data is loaded just after the first start
        awaitStatus("/customer-users/alice/customers", 200);
    }

    @Test
    public void theOpenApiDocumentIsValidOpenApi31() throws Exception {
        openApi.assertValid();
    }

    @Test
    public void customersOfAUserArePagedByCursorWithTheExactTotalAndThePrimaryFirst() throws Exception {
        try {
            assertEquals(201, relate("alice", "globex").status());
            assertEquals(200, relate("alice", "globex").status());
            assertEquals(201, relate("alice", "initech").status());

            ApiClient.Answer first = ok("/customer-users/alice/customers?limit=2", "CustomerPage");
            assertEquals(3, first.json().get("total").asInt());
            assertEquals(List.of("acme", "globex"), ids(first.json(), "customerId"));
            assertTrue(first.json().get("items").get(0).get("primary").asBoolean());
            assertFalse(first.json().get("items").get(1).get("primary").asBoolean());
            assertTrue(first.json().get("items").get(1).get("related").asBoolean());

            ApiClient.Answer second = ok(first.json().get("next").asText(), "CustomerPage");
            assertEquals(List.of("initech"), ids(second.json(), "customerId"));
            assertEquals(3, second.json().get("total").asInt());
            assertNull(second.json().get("next"));

            ApiClient.Answer filtered = ok("/customer-users/alice/customers?filter=glob", "CustomerPage");
            assertEquals(List.of("globex"), ids(filtered.json(), "customerId"));
            assertEquals(1, filtered.json().get("total").asInt());
        } finally {
            assertEquals(204, admin.send("DELETE", "/customer-users/alice/customers/globex").status());
            assertEquals(204, admin.send("DELETE", "/customer-users/alice/customers/initech").status());
        }
        assertEquals(204, admin.send("DELETE", "/customer-users/alice/customers/initech").status());
        assertEquals(List.of("acme"), ids(ok("/customer-users/alice/customers", "CustomerPage").json(), "customerId"));
    }

    @Test
    public void aChangeSetWithIfMatchAppliesOnceAndAStaleOneWritesNothing() throws Exception {
        String read = etag(ok("/customer-users/alice/customers", "CustomerPage"));
        try {
            ApiClient.Answer applied = admin.sendJson("PATCH", "/customer-users/alice/customers",
                    "{\"add\":[\"globex\",\"INITECH\"],\"remove\":[]}", read);
            assertEquals(applied.response().body(), 200, applied.status());
            openApi.assertMatches("ChangeResult", applied.json());
            assertEquals(2, applied.json().get("added").asInt());
            String now = etag(applied);
            assertFalse(now.equals(read));
            assertEquals(now, etag(ok("/customer-users/alice/customers", "CustomerPage")));

            // a second admin who read before the change: refused, nothing written
            problem(admin.sendJson("PATCH", "/customer-users/alice/customers", "{\"remove\":[\"globex\"]}", read),
                    412, "conflict");
            assertEquals(List.of("acme", "globex", "initech"),
                    ids(ok("/customer-users/alice/customers", "CustomerPage").json(), "customerId"));

            // all or nothing: one unknown ID, and the valid removal is not written either
            problem(admin.sendJson("PATCH", "/customer-users/alice/customers",
                    "{\"add\":[\"nobody-x\"],\"remove\":[\"globex\"]}", now), 404, "unknown-customer");
            assertEquals(3, ok("/customer-users/alice/customers", "CustomerPage").json().get("total").asInt());

            // the customer's side, without If-Match
            ApiClient.Answer mirror = admin.sendJson("PATCH", "/customers/initech/customer-users",
                    "{\"add\":[\"bob\"]}", null);
            assertEquals(1, mirror.json().get("added").asInt());
            assertEquals(List.of("initech"), ids(ok("/customer-users/bob/customers?filter=initech", "CustomerPage")
                    .json(), "customerId"));
        } finally {
            admin.sendJson("PATCH", "/customer-users/alice/customers", "{\"remove\":[\"globex\",\"initech\"]}", null);
            admin.sendJson("PATCH", "/customers/initech/customer-users", "{\"remove\":[\"bob\"]}", null);
        }
        assertEquals(read, etag(ok("/customer-users/alice/customers", "CustomerPage")));
    }

    @Test
    public void aBatchReportsEveryPairAndOneRejectedPairStopsAll() throws Exception {
        String pairs = "{\"op\":\"add\",\"login\":\"alice\",\"customerId\":\"globex\"},"
                + "{\"op\":\"add\",\"login\":\"BOB\",\"customerId\":\"globex\"},"
                + "{\"op\":\"remove\",\"login\":\"carol\",\"customerId\":\"acme\"}";
        String bad = ",{\"op\":\"add\",\"login\":\"alice\",\"customerId\":\"acme\"}";
        ApiClient.Answer dry = admin.sendJson("POST", "/relations:batch",
                "{\"dryRun\":true,\"changes\":[" + pairs + bad + "]}", null);
        assertEquals(dry.response().body(), 200, dry.status());
        openApi.assertMatches("BatchReport", dry.json());
        assertFalse(dry.json().get("applied").asBoolean());
        assertEquals(List.of("alice", "bob"), ids(dry.json().get("added")));
        assertEquals(List.of("carol"), ids(dry.json().get("notPresent")));
        assertEquals("primary customer (always included)", dry.json().get("rejected").get(0).get("reason").asText());

        ApiClient.Answer refused = admin.sendJson("POST", "/relations:batch", "{\"changes\":[" + pairs + bad + "]}",
                null);
        problem(refused, 422, "batch-rejected");
        openApi.assertMatches("BatchProblem", refused.json());
        assertEquals(3, refused.json().get("rejected").get(0).get("index").asInt());
        assertEquals(List.of("acme"), ids(ok("/customer-users/alice/customers", "CustomerPage").json(), "customerId"));
        try {
            ApiClient.Answer applied = admin.sendJson("POST", "/relations:batch", "{\"changes\":[" + pairs + "]}",
                    null);
            assertEquals(applied.response().body(), 200, applied.status());
            openApi.assertMatches("BatchReport", applied.json());
            assertTrue(applied.json().get("applied").asBoolean());
            assertEquals(List.of("acme", "globex"),
                    ids(ok("/customer-users/alice/customers", "CustomerPage").json(), "customerId"));
        } finally {
            ApiClient.Answer undone = admin.sendJson("POST", "/relations:batch", "{\"changes\":["
                    + pairs.replace("\"add\"", "\"remove\"") + "]}", null);
            assertEquals(2, undone.json().get("removed").size());
        }
        problem(admin.sendJson("POST", "/relations:batch", "{\"changes\":[{\"op\":\"move\",\"login\":\"a\","
                + "\"customerId\":\"b\"}]}", null), 400, "invalid-input");
        problem(admin.sendJson("POST", "/relations:batch", "{\"changes\":[],\"dry\":true}", null), 400,
                "invalid-input");
    }

    private static List<String> ids(JsonNode pairs) {
        List<String> logins = new ArrayList<>();
        pairs.forEach(pair -> logins.add(pair.get("login").asText()));
        return logins;
    }

    @Test
    public void badBodiesAreRefusedBeforeAnythingIsWritten() throws Exception {
        String path = "/customer-users/alice/customers";
        problem(admin.sendJson("PATCH", path, "{\"add\":[\"globex\"", null), 400, "invalid-input");
        problem(admin.sendJson("PATCH", path, "{\"add\":[\"globex\"],\"adds\":[]}", null), 400, "invalid-input");
        problem(admin.sendJson("PATCH", path, "{\"add\":\"globex\"}", null), 400, "invalid-input");
        problem(admin.sendJson("PATCH", path, "{\"add\":[\"globex\"]}", "W/\"weak\""), 400, "invalid-input");
        problem(admin.send("PATCH", path, "text/plain", "add globex".getBytes(StandardCharsets.UTF_8)), 415,
                "unsupported-media-type");
        // refused by its length before the body is sent: no "100 Continue", the answer comes at once
        ApiClient.Answer tooLarge = admin.headersOnly("PATCH", path, "application/json", 3L * 1024 * 1024);
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.contentType(), tooLarge.contentType().startsWith("application/problem+json"));
        openApi.assertMatches("Problem", tooLarge.json());
        assertEquals(PROBLEM + "too-large", tooLarge.json().get("type").asText());
        assertEquals(List.of("acme"), ids(ok(path, "CustomerPage").json(), "customerId"));
    }

    @Test
    public void writesAreInTheHistoryWithSourceApiAndTheAdminAsActor() throws Exception {
        try {
            relate("bob", "initech");
        } finally {
            admin.send("DELETE", "/customer-users/bob/customers/initech");
        }
        ApiClient.Answer history = ok("/history?customer-user=bob&customer=initech&limit=1", "HistoryPage");
        assertEquals(2, history.json().get("total").asInt());
        JsonNode removed = history.json().get("items").get(0);
        assertEquals("removed", removed.get("action").asText());
        assertEquals("API", removed.get("source").asText());
        assertEquals("api:admin", removed.get("actor").asText());
        JsonNode added = ok(history.json().get("next").asText(), "HistoryPage").json().get("items").get(0);
        assertEquals("added", added.get("action").asText());
        assertEquals("bob", added.get("login").asText());
    }

    @Test
    public void customerUsersOfACustomerMarkThoseWhosePrimaryItIs() throws Exception {
        ApiClient.Answer users = ok("/customers/acme/customer-users", "CustomerUserPage");
        assertEquals(List.of("alice", "bob"), ids(users.json(), "login"));
        assertEquals(2, users.json().get("total").asInt());
        assertTrue(users.json().get("items").get(0).get("primary").asBoolean());
        try {
            relate("carol", "acme");
            ApiClient.Answer more = ok("/customers/acme/customer-users?limit=1", "CustomerUserPage");
            assertEquals(3, more.json().get("total").asInt());
            List<String> all = new ArrayList<>(ids(more.json(), "login"));
            String next = more.json().path("next").asText();
            while (!next.isEmpty()) {
                JsonNode page = ok(next, "CustomerUserPage").json();
                all.addAll(ids(page, "login"));
                next = page.path("next").asText();
            }
            assertEquals(List.of("alice", "bob", "carol"), all.stream().sorted().toList());
        } finally {
            admin.send("DELETE", "/customer-users/carol/customers/acme");
        }
    }

    @Test
    public void theEffectiveCustomerIdsAndThePortalFollowEveryWriteAtOnce() throws Exception {
        ApiClient.Answer before = ok("/customer-users/alice/customer-ids", "CustomerIds");
        assertEquals("acme", before.json().get("customerIds").get(0).get("customerId").asText());
        assertEquals("primary", before.json().get("customerIds").get(0).get("reason").asText());
        assertEquals(1, before.json().get("customerIds").size());

        PortalClient alice = new PortalClient(BASE);
        assertEquals("", alice.logIn("alice", "alice"));
        assertFalse(companyTickets(alice).contains("T3 "));
        try {
            relate("alice", "globex");
            JsonNode ids = ok("/customer-users/alice/customer-ids", "CustomerIds").json().get("customerIds");
            assertEquals("globex", ids.get(1).get("customerId").asText());
            assertEquals("relation", ids.get(1).get("reason").asText());
            assertTrue(companyTickets(alice).contains("T3 "));
        } finally {
            assertEquals(204, admin.send("DELETE", "/customer-users/alice/customers/globex").status());
        }
        assertFalse("a removed relation stops company ticket access at once", companyTickets(alice).contains("T3 "));
        assertEquals(1, ok("/customer-users/alice/customer-ids", "CustomerIds").json().get("customerIds").size());
    }

    @Test
    public void errorsAreProblemsWithAStableTypeAndWriteNothing() throws Exception {
        problem(admin.get("/customer-users/nobody-x/customers"), 404, "unknown-customer-user");
        problem(admin.get("/customer-users/nobody-x/customer-ids"), 404, "unknown-customer-user");
        problem(admin.get("/customers/nobody-x/customer-users"), 404, "unknown-customer");
        problem(admin.send("PUT", "/customer-users/alice/customers/nobody-x"), 404, "unknown-customer");
        problem(admin.send("PUT", "/customer-users/nobody-x/customers/globex"), 404, "unknown-customer-user");
        problem(admin.send("PUT", "/customer-users/alice/customers/acme"), 409, "primary-customer");
        problem(admin.get("/customer-users/alice/customers?limit=0"), 400, "invalid-input");
        problem(admin.get("/customer-users/alice/customers?limit=501"), 400, "invalid-input");
        problem(admin.get("/customer-users/alice/customers?cursor=zz"), 400, "invalid-input");
        ApiClient.Answer post = admin.send("POST", "/customer-users/alice/customers/globex");
        problem(post, 405, "method-not-allowed");
        assertEquals("PUT, DELETE", post.response().headers().firstValue("Allow").orElse(""));
        problem(admin.get("/customer-users/alice"), 404, "not-found");
        assertEquals(List.of("acme"), ids(ok("/customer-users/alice/customers", "CustomerPage").json(), "customerId"));
    }

    @Test
    public void onlyAdminsGetIn() throws Exception {
        ApiClient.Answer anonymous = ApiClient.anonymous(BASE).get("/customer-users/alice/customers");
        problem(anonymous, 401, "unauthenticated");
        assertTrue(anonymous.response().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "));
        problem(ApiClient.as(BASE, "admin", "wrong").get("/customer-users/alice/customers"), 401, "unauthenticated");
        ApiClient agent = ApiClient.as(BASE, "agent", "agent");
        problem(agent.get("/customer-users/alice/customers"), 403, "forbidden");
        problem(agent.send("PUT", "/customer-users/alice/customers/globex"), 403, "forbidden");
        assertEquals(List.of("acme"), ids(ok("/customer-users/alice/customers", "CustomerPage").json(), "customerId"));
    }

    private static String etag(ApiClient.Answer answer) {
        String etag = answer.response().headers().firstValue("ETag").orElse("");
        assertTrue("no ETag", etag.startsWith("\"") && etag.endsWith("\"") && etag.length() > 2);
        return etag;
    }

    private ApiClient.Answer relate(String login, String customerId) throws Exception {
        ApiClient.Answer answer = admin.send("PUT", "/customer-users/" + login + "/customers/" + customerId);
        assertTrue(answer.response().body(), answer.status() == 200 || answer.status() == 201);
        openApi.assertMatches("Relation", answer.json());
        return answer;
    }

    private ApiClient.Answer ok(String path, String schema) throws Exception {
        ApiClient.Answer answer = admin.get(path);
        assertEquals(answer.response().body(), 200, answer.status());
        assertTrue(answer.contentType(), answer.contentType().startsWith("application/json"));
        openApi.assertMatches(schema, answer.json());
        return answer;
    }

    private void problem(ApiClient.Answer answer, int status, String type) {
        assertEquals(answer.response().body(), status, answer.status());
        assertTrue(answer.contentType(), answer.contentType().startsWith("application/problem+json"));
        openApi.assertMatches("Problem", answer.json());
        assertEquals(PROBLEM + type, answer.json().get("type").asText());
        assertEquals(status, answer.json().get("status").asInt());
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }

    private static String companyTickets(PortalClient portal) throws Exception {
        var page = portal.get("/portal/company-tickets");
        assertEquals(200, page.statusCode());
        return page.body();
    }

    private void awaitStatus(String path, int status) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (admin.get(path).status() != status) {
            if (System.nanoTime() > end) {
                throw new AssertionError(path + " did not answer " + status);
            }
            Thread.sleep(500);
        }
    }
}
