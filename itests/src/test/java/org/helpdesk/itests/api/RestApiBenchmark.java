package org.helpdesk.itests.api;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Assume;
import org.junit.Test;

/**
 * Benchmark harness, not a test: times the REST API of a running Karaf that holds generated data, and
 * prints medians and p99 (also to {@code target/rest-benchmark.txt}). Nothing is asserted about time.
 *
 * <pre>
 * helpdesk:generate --customers 100000 --customer-users 1000000 --prefix b1      (in the Karaf shell)
 * mvn -B -pl itests surefire:test -Dtest=RestApiBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbenchmark.url=http://127.0.0.1:8181 -Dbenchmark.prefix=b1
 * </pre>
 *
 * It reads the users of the first 1,000 generated customers (10 each), then (a) relates all 10,000 to
 * one customer in one {@code POST /relations:batch} and unrelates them again, five times, and (b) asks
 * 1,000 random ones of them for their effective customer IDs, one request after the other.
 */
public class RestApiBenchmark {

    @Test
    public void batchAndCustomerIds() throws Exception {
        String url = System.getProperty("benchmark.url");
        Assume.assumeTrue("set -Dbenchmark.url to run the REST benchmark", url != null);
        String prefix = System.getProperty("benchmark.prefix", "b1");
        ApiClient admin = ApiClient.as(url, System.getProperty("benchmark.user", "admin"),
                System.getProperty("benchmark.password", "admin"));

        List<String> logins = new ArrayList<>();
        List<Double> pageTimes = new ArrayList<>();
        for (int c = 1; logins.size() < 10_000; c++) {
            long start = System.nanoTime();
            ApiClient.Answer page = admin.get(String.format(Locale.ROOT, "/customers/%s-c%06d/customer-users?limit=500",
                    prefix, c));
            pageTimes.add(millis(start));
            assertEquals(page.response().body(), 200, page.status());
            for (JsonNode user : page.json().get("items")) {
                if (logins.size() < 10_000) {
                    logins.add(user.get("login").asText());
                }
            }
        }
        String target = String.format(Locale.ROOT, "%s-c%06d", prefix, 99_999);
        List<Double> adds = new ArrayList<>();
        List<Double> removes = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            adds.add(batch(admin, logins, target, "add"));
            removes.add(batch(admin, logins, target, "remove"));
        }
        List<Double> ids = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 1_100; i++) {
            String login = logins.get(random.nextInt(logins.size()));
            long start = System.nanoTime();
            ApiClient.Answer answer = admin.get("/customer-users/" + login + "/customer-ids");
            double took = millis(start);
            assertEquals(200, answer.status());
            if (i >= 100) { // the first 100 warm up
                ids.add(took);
            }
        }
        String report = String.join("\n",
                line("GET customer users of a customer (page of 500 with total)", pageTimes),
                line("POST /relations:batch, 10,000 adds", adds),
                line("POST /relations:batch, 10,000 removes", removes),
                line("GET /customer-users/{login}/customer-ids, 1,000 sequential", ids)) + "\n";
        System.out.print(report);
        Files.writeString(Path.of("target", "rest-benchmark.txt"), report, StandardCharsets.UTF_8);
    }

    private static double batch(ApiClient admin, List<String> logins, String customerId, String op) throws Exception {
        StringBuilder json = new StringBuilder("{\"changes\":[");
        for (int i = 0; i < logins.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"op\":\"").append(op).append("\",\"login\":\"")
                    .append(logins.get(i)).append("\",\"customerId\":\"").append(customerId).append("\"}");
        }
        json.append("]}");
        long start = System.nanoTime();
        ApiClient.Answer answer = admin.sendJson("POST", "/relations:batch", json.toString(), null);
        double took = millis(start);
        assertEquals(answer.response().body().substring(0, Math.min(300, answer.response().body().length())), 200,
                answer.status());
        return took;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static String line(String what, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        return String.format(Locale.ROOT, "%-62s n=%5d  median %9.1f ms  p99 %9.1f ms", what, sorted.size(), median,
                p99);
    }
}
