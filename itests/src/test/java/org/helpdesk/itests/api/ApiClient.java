package org.helpdesk.itests.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Java's HttpClient against the Customer Relations API of a running assembly, as one user. */
final class ApiClient {

    static final String ROOT = "/api/customer-relations/v1";

    /** An answer: status, content type, the body as JSON (null when empty) and the raw response. */
    record Answer(int status, String contentType, JsonNode json, HttpResponse<String> response) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    static ApiClient as(String baseUrl, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(baseUrl, "Basic " + token);
    }

    static ApiClient anonymous(String baseUrl) {
        return new ApiClient(baseUrl, null);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path);
    }

    /** @param path below {@link #ROOT}, or a link the API gave (starting with {@link #ROOT}) */
    Answer send(String method, String path) throws IOException, InterruptedException {
        return send(method, path, null, null);
    }

    /** A JSON body; {@code ifMatch} may be null. */
    Answer sendJson(String method, String path, String json, String ifMatch) throws IOException, InterruptedException {
        return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), "If-Match", ifMatch);
    }

    /** @param headers name, value, ...; null values are left out */
    Answer send(String method, String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        String full = path.startsWith(ROOT) ? path : ROOT + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + full))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (body != null && body.length > 1024 * 1024) {
            // as curl does for large bodies: the server may refuse by the headers before the body is sent
            request.expectContinue(true);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = response.body().isEmpty() ? null : MAPPER.readTree(response.body());
        return new Answer(response.statusCode(), type, json, response);
    }
}
