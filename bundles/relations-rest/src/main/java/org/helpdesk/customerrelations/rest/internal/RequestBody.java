package org.helpdesk.customerrelations.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a request's JSON body strictly: {@code application/json} only (415), at most {@value #MAX_BYTES}
 * bytes (413), well-formed (400), and then only the fields a caller names (unknown fields are 400).
 */
final class RequestBody {

    /** 2 MiB: a batch of 10,000 pairs with long IDs fits. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private RequestBody() {
    }

    /** Opens the body: only once the headers passed (the servlet container answers "100 Continue" then). */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** @return the body as a JSON object */
    static JsonNode read(String contentType, long contentLength, Opener body) throws IOException {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw ApiProblem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json, not " + (contentType == null ? "nothing" : contentType));
        }
        if (contentLength > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = body.open().readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw ApiProblem.invalidInput("Malformed JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw ApiProblem.invalidInput("The body must be a JSON object");
        }
        return json;
    }

    private static ApiProblem tooLarge() {
        return ApiProblem.of(413, "too-large", "Body too large", "The body is larger than " + MAX_BYTES + " bytes");
    }

    /** Fails on any field of {@code object} that is not one of {@code known}. */
    static void onlyFields(JsonNode object, Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ApiProblem.invalidInput("Unknown field '" + name + "'; known: " + String.join(", ", known));
            }
        }
    }

    /** @return the strings of an optional array field, in order, without duplicates */
    static Set<String> strings(JsonNode object, String field, int max) {
        JsonNode array = object.get(field);
        if (array == null || array.isNull()) {
            return Set.of();
        }
        if (!array.isArray()) {
            throw ApiProblem.invalidInput("'" + field + "' must be an array of strings");
        }
        if (array.size() > max) {
            throw ApiProblem.invalidInput("'" + field + "' has " + array.size() + " entries; at most " + max);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (!value.isTextual()) {
                throw ApiProblem.invalidInput("'" + field + "' must be an array of strings, not " + value);
            }
            values.add(value.asText());
        }
        return new LinkedHashSet<>(values);
    }
}
