package org.helpdesk.customerrelations.shell.internal;

import java.util.Arrays;

/** Median and percentiles of measured times, in milliseconds. */
record Stats(int runs, double median, double p99, double max) {

    static Stats of(double[] millis) {
        if (millis.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(n, median, percentile(sorted, 0.99), sorted[n - 1]);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
