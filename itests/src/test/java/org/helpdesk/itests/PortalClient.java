package org.helpdesk.itests;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A customer user in the portal over plain HTTP: the login form with its CSRF token, then pages by path. */
public final class PortalClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;

    public PortalClient(String baseUrl) {
        this(baseUrl, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build());
    }

    private PortalClient(String baseUrl, HttpClient client) {
        this.baseUrl = baseUrl;
        this.client = client;
    }

    /** @return a client of another node behind the same host name, with this one's cookies (its session) */
    public PortalClient on(String otherBaseUrl) {
        return new PortalClient(otherBaseUrl, client);
    }

    /** @return empty when logged in, else what went wrong */
    public String logIn(String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/portal/login");
        Matcher csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            return "login form: status " + form.statusCode();
        }
        String body = "username=" + encode(login) + "&password=" + encode(password) + "&csrf=" + encode(csrf.group(1));
        HttpResponse<String> answer = client.send(request("/portal/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() / 100 == 3 ? "" : "login answered " + answer.statusCode() + " instead of a redirect";
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
