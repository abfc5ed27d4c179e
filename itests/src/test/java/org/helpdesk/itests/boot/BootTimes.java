package org.helpdesk.itests.boot;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The boot times of one run: each boot, then median and worst of the fresh boots to the admin login page. */
record BootTimes(List<BootResult> fresh, BootResult restart) {

    Duration median() {
        List<Duration> sorted = fresh.stream().map(BootResult::toLoginPage).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    Duration worst() {
        return fresh.stream().map(BootResult::toLoginPage).max(Comparator.naturalOrder()).orElseThrow();
    }

    String report() {
        String lines = fresh.stream().map(BootResult::line).collect(Collectors.joining("\n"));
        return "Boot times (start command to the admin login page; all checks done)\n" + lines + "\n"
                + restart.line() + "\n"
                + String.format("fresh boots: %d, median %.1f s, worst %.1f s to the login page%n", fresh.size(),
                        seconds(median()), seconds(worst()));
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
