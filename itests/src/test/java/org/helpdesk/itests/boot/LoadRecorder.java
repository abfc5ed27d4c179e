package org.helpdesk.itests.boot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every timed operation of a load run, and the table made of those that started inside the measured window
 * (the warm-up before it and the answers still outstanding after it are left out, so the throughput is the
 * window's, not the ramp's).
 */
final class LoadRecorder {

    /**
     * One operation: a page (one HTTP request) or a login (the form and its POST: two).
     *
     * @param error {@code null} when it succeeded, else what went wrong
     */
    record Sample(String node, String kind, long startNanos, long nanos, int requests, String error) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

    void record(Sample sample) {
        samples.add(sample);
    }

    /** @return the samples that started in {@code [fromNanos, toNanos)} */
    List<Sample> window(long fromNanos, long toNanos) {
        return samples.stream().filter(s -> s.startNanos() - fromNanos >= 0 && s.startNanos() - toNanos < 0).toList();
    }

    /** A table row per group: operations, HTTP requests, requests per second, percentiles and errors. */
    static String table(List<Sample> window, double seconds, List<String> nodes, List<String> kinds) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| %-26s | %10s | %13s | %7s | %8s | %8s | %8s | %8s | %6s |%n", "", "operations", "HTTP requests",
                "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors"));
        table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        table.append(row("all", window, seconds, s -> true));
        for (String node : nodes) {
            table.append(row("node " + node, window, seconds, s -> s.node().equals(node)));
        }
        for (String kind : kinds) {
            table.append(row(kind, window, seconds, s -> s.kind().equals(kind)));
        }
        return table.toString();
    }

    private static String row(String name, List<Sample> window, double seconds, Predicate<Sample> which) {
        List<Sample> group = window.stream().filter(which).toList();
        long requests = group.stream().mapToLong(Sample::requests).sum();
        long errors = group.stream().filter(s -> s.error() != null).count();
        List<Double> millis = group.stream().map(s -> s.nanos() / 1e6).sorted().toList();
        return String.format(Locale.ROOT, "| %-26s | %10d | %13d | %7.1f | %8.1f | %8.1f | %8.1f | %8.1f | %6d |%n",
                name, group.size(), requests, requests / seconds, percentile(millis, 50), percentile(millis, 90),
                percentile(millis, 99), percentile(millis, 100), errors);
    }

    /** Nearest rank: the smallest value that at least {@code p} percent of the values do not exceed. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** @return the distinct errors of the window with their counts, most frequent first */
    static List<String> errors(List<Sample> window) {
        Map<String, Long> counts = window.stream().filter(s -> s.error() != null)
                .collect(Collectors.groupingBy(s -> s.kind() + " on " + s.node() + ": " + s.error(), TreeMap::new,
                        Collectors.counting()));
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        return sorted.stream().map(e -> e.getValue() + " x " + e.getKey()).toList();
    }
}
