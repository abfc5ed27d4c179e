package org.helpdesk.itests.boot;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/**
 * The README's start command as a new user runs it: the assembly's {@code tar.gz} unpacked into new
 * folders and started with {@code bin/karaf} (the README's command) or {@code bin/start}, five fresh
 * unpacks in a row, then a second start of an existing folder that must keep its data. Each boot must
 * reach the admin login page, the shell, a clean bundle list, the portal and a stop through
 * {@code bin/stop}; a boot that hangs fails with a thread dump and the end of {@code karaf.log}.
 *
 * <p>The boot times are written to {@code target/boot-times.txt}; they are a benchmark, not asserted.
 * {@code -Dboot.rounds=20} runs more fresh boots.
 */
public class ReadmeStartIT {

    private static final int ROUNDS = Integer.getInteger("boot.rounds", 5);
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(Long.getLong("boot.timeout.seconds", 300));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final UnpackedAssembly.Ports PORTS = new UnpackedAssembly.Ports(28181, 28101, 21099, 24444);

    private final File tarGz = new File(System.getProperty("helpdesk.assembly",
            "../karaf-assembly/target/karaf-assembly.tar.gz"));
    private final Path root = Path.of("target", "readme-start").toAbsolutePath();

    @Test
    public void freshUnpacksBootCleanlyAndARestartKeepsTheData() throws Exception {
        assertTrue("Build the assembly first: " + tarGz, tarGz.isFile());
        UnpackedAssembly.delete(root);
        List<BootResult> boots = new ArrayList<>();
        Path kept = null;
        String keptCustomer = "boot-kept-" + ProcessHandle.current().pid();
        for (int round = 1; round <= ROUNDS; round++) {
            Path folder = root.resolve("fresh-" + round);
            UnpackedAssembly assembly = UnpackedAssembly.unpack(tarGz, folder, PORTS);
            // the README's command on odd rounds, Karaf's background start on even ones
            boolean foreground = round % 2 == 1;
            BootResult boot = bootAndCheck(assembly, "fresh boot " + round, foreground, true);
            boots.add(boot);
            if (round == ROUNDS) {
                BootChecks.addCustomer(assembly, keptCustomer);
                kept = folder;
            }
            stop(assembly);
            if (round != ROUNDS) {
                UnpackedAssembly.delete(folder);
            }
        }

        UnpackedAssembly again = UnpackedAssembly.existing(kept, PORTS);
        BootResult restart = bootAndCheck(again, "restart of " + kept.getFileName(), false, false);
        BootChecks.assertCustomerListed(again, keptCustomer);
        stop(again);
        UnpackedAssembly.delete(root);

        BootTimes times = new BootTimes(boots, restart);
        Files.writeString(Path.of("target", "boot-times.txt"), times.report(), StandardCharsets.UTF_8);
        System.out.println(times.report());
    }

    private BootResult bootAndCheck(UnpackedAssembly assembly, String name, boolean foreground, boolean firstStart)
            throws Exception {
        long started = System.nanoTime();
        if (foreground) {
            assembly.startInForeground();
        } else {
            assembly.start();
        }
        try {
            BootChecks checks = new BootChecks(assembly, started, started + BOOT_TIMEOUT.toNanos());
            Duration toLoginPage = checks.awaitAdminLoginPage();
            checks.awaitShell();
            checks.awaitCleanBundleList();
            checks.assertProductWorks();
            if (firstStart) {
                checks.assertNoStartupBundleWasRefreshed();
            }
            return new BootResult(name + (foreground ? " (bin/karaf)" : " (bin/start)"), toLoginPage,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (Exception | AssertionError e) {
            String report = name + ": " + e.getMessage() + "\n--- thread dump ---\n" + assembly.threadDump()
                    + "\n--- end of karaf.log ---\n" + assembly.logTail(80);
            System.out.println(report);
            assembly.kill();
            fail(report);
            throw e;
        }
    }

    private static void stop(UnpackedAssembly assembly) throws IOException, InterruptedException {
        if (!assembly.stop(STOP_TIMEOUT)) {
            String dump = assembly.threadDump();
            assembly.kill();
            fail("bin/stop did not end Karaf in " + assembly.home() + " within " + STOP_TIMEOUT + "\n" + dump);
        }
        assertTrue("Karaf still runs in " + assembly.home(), assembly.process().isEmpty());
    }
}
