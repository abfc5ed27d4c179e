package org.helpdesk.itests.boot;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpdesk.itests.PortalClient;

/**
 * One virtual customer behind a balancer without stickiness: visits of a login and {@link #VIEWS_PER_VISIT}
 * pages, each request to a node chosen at random (the nodes share the cookie, so the session must be served by
 * both). A visit starts with a fresh browser (cookie jar), as the next person at a desk would; the user does not
 * log out, so sessions are left to expire as closed browsers leave them.
 */
final class PortalLoadUser implements Runnable {

    static final int VIEWS_PER_VISIT = 20;

    private static final Pattern TICKET_NUMBER = Pattern.compile("data-number=\"([^\"]+)\"");
    private static final String[] SEARCH_WORDS = { "printer", "vpn", "invoice", "laptop", "password", "server" };

    private final List<String> nodes;
    private final List<String> baseUrls;
    private final List<String> logins;
    private final LoadRecorder recorder;
    private final long thinkMillis;
    private final Random random;
    private volatile boolean stopped;

    /**
     * @param nodes the nodes' names, in the order of {@code baseUrls}
     * @param logins customer users whose password is their login
     */
    PortalLoadUser(List<String> nodes, List<String> baseUrls, List<String> logins, LoadRecorder recorder,
            long thinkMillis, long seed) {
        this.nodes = List.copyOf(nodes);
        this.baseUrls = List.copyOf(baseUrls);
        this.logins = List.copyOf(logins);
        this.recorder = recorder;
        this.thinkMillis = thinkMillis;
        this.random = new Random(seed);
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            try {
                visit();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void visit() throws InterruptedException {
        String login = logins.get(random.nextInt(logins.size()));
        int first = random.nextInt(nodes.size());
        PortalClient browser = new PortalClient(baseUrls.get(first));
        boolean in = timed(first, "login (form + POST)", 2, () -> {
            String failure = browser.logIn(login, login);
            return failure.isEmpty() ? null : login + ": " + failure;
        });
        if (!in) {
            think();
            return;
        }
        List<String> seen = new ArrayList<>();
        for (int view = 0; view < VIEWS_PER_VISIT && !stopped; view++) {
            think();
            int node = random.nextInt(nodes.size());
            PortalClient onNode = browser.on(baseUrls.get(node));
            switch (view % 5) {
                case 0 -> page(onNode, node, "my tickets", "/portal/my-tickets", seen);
                case 1 -> page(onNode, node, "company tickets", "/portal/company-tickets", seen);
                case 2, 4 -> {
                    if (seen.isEmpty()) {
                        page(onNode, node, "company tickets", "/portal/company-tickets", seen);
                    } else {
                        String number = seen.get(random.nextInt(seen.size()));
                        page(onNode, node, "one ticket", "/portal/tickets/"
                                + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20"), null);
                    }
                }
                default -> {
                    boolean search = random.nextBoolean();
                    String path = search ? "/portal/company-tickets?filter="
                            + SEARCH_WORDS[random.nextInt(SEARCH_WORDS.length)]
                            : "/portal/company-tickets?page=" + (2 + random.nextInt(3));
                    page(onNode, node, search ? "company tickets search" : "company tickets page 2-4", path, seen);
                }
            }
        }
    }

    /** A page must answer 200: a redirect here means the session was not found on that node. */
    private void page(PortalClient client, int node, String kind, String path, List<String> seen)
            throws InterruptedException {
        timed(node, kind, 1, () -> {
            HttpResponse<String> page = client.get(path);
            if (page.statusCode() != 200) {
                return "status " + page.statusCode() + page.headers().firstValue("Location")
                        .map(l -> " to " + l.replaceAll("\\?.*", "")).orElse("");
            }
            if (seen != null) {
                List<String> numbers = new ArrayList<>();
                Matcher number = TICKET_NUMBER.matcher(page.body());
                while (number.find()) {
                    numbers.add(number.group(1));
                }
                if (!numbers.isEmpty()) {
                    seen.clear();
                    seen.addAll(numbers);
                }
            }
            return null;
        });
    }

    /** @return whether it succeeded; the time and any error are recorded either way */
    private boolean timed(int node, String kind, int requests, Callable<String> operation) throws InterruptedException {
        long start = System.nanoTime();
        String error;
        try {
            error = operation.call();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage().substring(0, Math.min(80, e.getMessage().length())));
        }
        recorder.record(new LoadRecorder.Sample(nodes.get(node), kind, start, System.nanoTime() - start, requests,
                error));
        return error == null;
    }

    private void think() throws InterruptedException {
        if (thinkMillis > 0) {
            Thread.sleep(thinkMillis);
        }
    }
}
