package org.helpdesk.itests.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Java's HttpClient against the Customer Relations API of a running assembly, as one user. */
public final class ApiClient {

    public static final String ROOT = "/api/customer-relations/v1";

    /** An answer: status, content type, the body as JSON (null when empty) and the raw response. */
    public record Answer(int status, String contentType, JsonNode json, HttpResponse<String> response) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern STATUS = Pattern.compile("HTTP/1\\.1 (\\d{3}) .*");

    private final String baseUrl;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    public static ApiClient as(String baseUrl, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(baseUrl, "Basic " + token);
    }

    static ApiClient anonymous(String baseUrl) {
        return new ApiClient(baseUrl, null);
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path);
    }

    /** @param path below {@link #ROOT}, or a link the API gave (starting with {@link #ROOT}) */
    Answer send(String method, String path) throws IOException, InterruptedException {
        return send(method, path, null, null);
    }

    /** A JSON body; {@code ifMatch} may be null. */
    public Answer sendJson(String method, String path, String json, String ifMatch) throws IOException, InterruptedException {
        return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), "If-Match", ifMatch);
    }

    /**
     * Sends only the headers of a request whose body would be {@code contentLength} bytes, with
     * {@code Expect: 100-continue} as curl sends large bodies, and reads the answer the server gives without
     * the body (Java 17's HttpClient waits forever when that answer is not "100 Continue").
     *
     * @return the status and the body of the answer as JSON
     */
    Answer headersOnly(String method, String path, String contentType, long contentLength) throws IOException {
        URI uri = URI.create(baseUrl + ROOT + path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = method + " " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: " + authorization + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + contentLength + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            Matcher status = STATUS.matcher(in.readLine());
            if (!status.matches()) {
                throw new IOException("not an HTTP/1.1 status line");
            }
            String type = "";
            int length = 0;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    type = line.substring(13).strip();
                } else if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            char[] body = new char[length];
            int read = 0;
            while (read < length) {
                int n = in.read(body, read, length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            String text = new String(body, 0, read);
            return new Answer(Integer.parseInt(status.group(1)), type, text.isEmpty() ? null : MAPPER.readTree(text),
                    null);
        }
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
