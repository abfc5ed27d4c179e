package org.helpdesk.itests.boot;

import java.time.Duration;

/** One boot: when the admin login page first answered, and when every check of the boot had passed. */
record BootResult(String name, Duration toLoginPage, Duration toAllChecks) {

    String line() {
        return String.format("%-34s login page %6.1f s, all checks %6.1f s", name,
                BootTimes.seconds(toLoginPage), BootTimes.seconds(toAllChecks));
    }
}
