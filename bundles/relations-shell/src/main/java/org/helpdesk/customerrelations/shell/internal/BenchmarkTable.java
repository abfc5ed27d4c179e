package org.helpdesk.customerrelations.shell.internal;

import java.io.PrintStream;
import java.util.Locale;

import org.apache.karaf.shell.support.table.ShellTable;

/**
 * The result table of {@code customer-relations:benchmark}: one row per measurement with its runs,
 * median, p99 and maximum. Each row is also printed as it comes, as the bulk steps take a while on
 * large data.
 */
final class BenchmarkTable {

    private final ShellTable table = new ShellTable();
    private final PrintStream out;

    BenchmarkTable(PrintStream out) {
        this.out = out;
        table.column("Measurement");
        table.column("Runs").alignRight();
        table.column("Median ms").alignRight();
        table.column("p99 ms").alignRight();
        table.column("Max ms").alignRight();
        table.column("Notes");
    }

    void row(String label, Stats stats, String notes) {
        table.addRow().addContent(label, stats.runs(), format(stats.median()), format(stats.p99()),
                format(stats.max()), notes);
        out.println(label + ": median " + format(stats.median()) + " ms (" + notes + ")");
    }

    /** A measurement taken once. */
    void row(String label, double millis, String notes) {
        row(label, Stats.of(new double[] {millis}), notes);
    }

    void print() {
        table.print(out);
    }

    static String format(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.3f" : "%.1f", millis);
    }
}
