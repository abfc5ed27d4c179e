package org.helpdesk.customerrelations.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class RequestBodyTest {

    private static JsonNode read(String contentType, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return RequestBody.read(contentType, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    private static int status(String contentType, String json) {
        return assertThrows(ApiProblem.class, () -> read(contentType, json)).status();
    }

    @Test
    void readsAnObjectWithStringArrays() throws IOException {
        JsonNode body = read("application/json; charset=utf-8", "{\"add\":[\"a\",\"b\",\"a\"],\"remove\":[]}");
        assertEquals(List.of("a", "b"), List.copyOf(RequestBody.strings(body, "add", 3)));
        assertEquals(Set.of(), RequestBody.strings(body, "remove", 3));
        assertEquals(Set.of(), RequestBody.strings(body, "missing", 3));
    }

    @Test
    void refusesWhatIsNotAStrictJsonObject() {
        assertEquals(415, status("text/plain", "{}"));
        assertEquals(415, status(null, "{}"));
        assertEquals(400, status("application/json", "{\"add\":["));
        assertEquals(400, status("application/json", "{} {}"));
        assertEquals(400, status("application/json", "{\"add\":[],\"add\":[]}"));
        assertEquals(400, status("application/json", "[]"));
        assertEquals(400, status("application/json", ""));
    }

    @Test
    void unknownFieldsWrongTypesAndTooManyEntriesAreInvalidInput() throws IOException {
        JsonNode body = read("application/json", "{\"add\":[1],\"remove\":\"x\",\"other\":true,\"many\":[\"a\",\"b\"]}");
        assertEquals(400, assertThrows(ApiProblem.class, () -> RequestBody.onlyFields(body, Set.of("add"))).status());
        assertEquals(400, assertThrows(ApiProblem.class, () -> RequestBody.strings(body, "add", 5)).status());
        assertEquals(400, assertThrows(ApiProblem.class, () -> RequestBody.strings(body, "remove", 5)).status());
        assertEquals(400, assertThrows(ApiProblem.class, () -> RequestBody.strings(body, "many", 1)).status());
    }

    @Test
    void aBodyOverTheLimitIs413EvenWithoutALength() {
        byte[] big = new byte[RequestBody.MAX_BYTES + 10];
        assertEquals(413, assertThrows(ApiProblem.class,
                () -> RequestBody.read("application/json", -1, () -> new ByteArrayInputStream(big))).status());
        // refused by its length alone: the body is never opened
        assertEquals(413, assertThrows(ApiProblem.class, () -> RequestBody.read("application/json", big.length,
                () -> {
                    throw new AssertionError("opened");
                })).status());
        assertEquals(415, assertThrows(ApiProblem.class, () -> RequestBody.read("text/plain", 3,
                () -> {
                    throw new AssertionError("opened");
                })).status());
    }

    @Test
    void ifMatchNamesOneStrongTagOrAny() {
        assertEquals("abc", EntityTags.expectedVersion("\"abc\""));
        assertEquals("\"abc\"", EntityTags.of("abc"));
        assertNull(EntityTags.expectedVersion(null));
        assertNull(EntityTags.expectedVersion("*"));
        for (String bad : new String[] {"abc", "W/\"abc\"", "\"a\", \"b\"", "\"\""}) {
            assertEquals(400, assertThrows(ApiProblem.class, () -> EntityTags.expectedVersion(bad), bad).status());
        }
    }
}
