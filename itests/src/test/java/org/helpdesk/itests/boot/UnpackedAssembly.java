package org.helpdesk.itests.boot;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The assembly's {@code tar.gz} unpacked into a folder of its own and driven only through its
 * {@code bin/} scripts, as a user does after reading the README. Ports are moved off the defaults, so a
 * demo instance on this machine neither disturbs nor fakes the result.
 */
final class UnpackedAssembly {

    /** HTTP, SSH and the two RMI ports; the shutdown port of {@code bin/stop} is chosen by Karaf itself. */
    record Ports(int http, int ssh, int rmiRegistry, int rmiServer) {
    }

    /** What a command printed and how it exited. */
    record Output(int exitCode, String text) {
    }

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private final Path home;
    private final Ports ports;
    private Process foreground;

    private UnpackedAssembly(Path home, Ports ports) {
        this.home = home;
        this.ports = ports;
    }

    /** Unpacks {@code tarGz} with {@code tar} into {@code folder}, which must not exist yet. */
    static UnpackedAssembly unpack(File tarGz, Path folder, Ports ports) throws IOException, InterruptedException {
        if (Files.exists(folder)) {
            throw new IllegalStateException("not a new folder: " + folder);
        }
        Files.createDirectories(folder);
        Output tar = run(folder, List.of("tar", "xzf", tarGz.getAbsolutePath(), "-C", folder.toString(),
                "--strip-components=1"), COMMAND_TIMEOUT);
        if (tar.exitCode() != 0) {
            throw new IOException("tar failed: " + tar.text());
        }
        UnpackedAssembly assembly = new UnpackedAssembly(folder, ports);
        assembly.movePorts();
        return assembly;
    }

    /** An existing folder that was unpacked (and maybe started) before. */
    static UnpackedAssembly existing(Path folder, Ports ports) {
        return new UnpackedAssembly(folder, ports);
    }

    Path home() {
        return home;
    }

    Ports ports() {
        return ports;
    }

    String httpUrl(String path) {
        return "http://127.0.0.1:" + ports.http() + path;
    }

    private void movePorts() throws IOException {
        setProperty("etc/custom.properties", "org.osgi.service.http.port", Integer.toString(ports.http()));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(ports.ssh()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(ports.rmiRegistry()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(ports.rmiServer()));
    }

    /**
     * Switches the installation to PostgreSQL as the README says (the driver feature, the DataSource's
     * settings), the feature booting with the others since this folder has not started yet.
     */
    void usePostgres(String url, String user, String password) throws IOException {
        String datasource = "etc/org.ops4j.datasource-helpdesk.cfg";
        setProperty(datasource, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        setProperty(datasource, "url", url);
        setProperty(datasource, "user", user);
        setProperty(datasource, "password", password);
        Path features = home.resolve("etc/org.apache.karaf.features.cfg");
        List<String> lines = new ArrayList<>(Files.readAllLines(features, StandardCharsets.ISO_8859_1));
        int boot = -1;
        for (int i = 0; i < lines.size() && boot < 0; i++) {
            if (lines.get(i).matches("^featuresBoot\\s*=\\s*\\\\$")) {
                boot = i;
            }
        }
        if (boot < 0) {
            throw new IOException("no multi-line featuresBoot in " + features);
        }
        lines.add(boot + 1, "    helpdesk-postgresql, \\");
        Files.write(features, lines, StandardCharsets.ISO_8859_1);
    }

    /** Replaces {@code key = value} in a properties file of the installation, or appends it. */
    private void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.ISO_8859_1));
        Pattern line = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (line.matcher(lines.get(i)).matches()) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(path, lines, StandardCharsets.ISO_8859_1);
    }

    /** {@code bin/start}: Karaf as a server in the background. */
    void start() throws IOException, InterruptedException {
        requirePortsFree();
        Output start = run(home, List.of("bin/start"), COMMAND_TIMEOUT);
        if (start.exitCode() != 0) {
            throw new IOException("bin/start exited with " + start.exitCode() + ": " + start.text());
        }
    }

    /**
     * {@code bin/karaf}: the README's command, in the foreground with its console. {@code script} gives it
     * the terminal a user has (without one, the console reads an endless stream of empty lines); the
     * terminal's input stays open until {@link #stop}.
     */
    void startInForeground() throws IOException {
        requirePortsFree();
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec", "bin/karaf", "/dev/null")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.out").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        foreground = builder.start();
    }

    private void requirePortsFree() {
        for (int port : new int[] {ports.http(), ports.ssh(), ports.rmiRegistry(), ports.rmiServer()}) {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " is in use before the start of " + home);
            }
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The HTTP status of a GET on {@code path} and the page's text; status -1 while nothing answers. */
    Output get(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(httpUrl(path)).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(10_000);
            connection.setInstanceFollowRedirects(false);
            try {
                int status = connection.getResponseCode();
                var body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
                String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
                return new Output(status, text);
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return new Output(-1, e.toString());
        }
    }

    /**
     * {@code bin/client} as the README shows it: the admin's command on its input, in batch mode. (A command
     * given as an argument with the input at its end races the end of the input: "Closed" and no output.)
     */
    Output client(String command) throws IOException, InterruptedException {
        return run(home, List.of("bin/client", "-h", "127.0.0.1", "-a", Integer.toString(ports.ssh()),
                "-u", "admin", "-p", "admin", "-b"), command + "\n", COMMAND_TIMEOUT);
    }

    /**
     * {@code bin/client} as {@link #client}, but returns at once: the command runs on while the caller does
     * something to the node (e.g. kills it). Its output goes to {@code output}.
     */
    Process clientInBackground(String command, Path output) throws IOException {
        Path input = Files.createTempFile(home, "client", ".in");
        Files.writeString(input, command + "\n", StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("bin/client", "-h", "127.0.0.1", "-a",
                Integer.toString(ports.ssh()), "-u", "admin", "-p", "admin", "-b")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(input.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    /** {@code kill -9} of the Karaf process: no shutdown hook, no clean close of anything. */
    void killAtOnce() {
        ProcessHandle process = process().orElseThrow(() -> new IllegalStateException("no Karaf process for " + home));
        process.destroyForcibly();
        if (!awaitEnd(process, Duration.ofSeconds(30))) {
            throw new IllegalStateException("Karaf process " + process.pid() + " survived SIGKILL");
        }
    }

    /** {@code bin/stop}; then waits until the Karaf process has ended. */
    boolean stop(Duration timeout) throws IOException, InterruptedException {
        Optional<ProcessHandle> process = process();
        run(home, List.of("bin/stop"), COMMAND_TIMEOUT);
        boolean ended = process.map(p -> awaitEnd(p, timeout)).orElse(true);
        if (ended && foreground != null) {
            foreground.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            closeForegroundConsole();
        }
        return ended;
    }

    /** Ends the Karaf process however it can: for clean-up after a failure. */
    void kill() {
        process().ifPresent(p -> {
            p.destroy();
            if (!awaitEnd(p, Duration.ofSeconds(20))) {
                p.destroyForcibly();
                awaitEnd(p, Duration.ofSeconds(20));
            }
        });
        if (foreground != null) {
            foreground.destroyForcibly();
            closeForegroundConsole();
        }
    }

    private void closeForegroundConsole() {
        try {
            OutputStream console = foreground.getOutputStream();
            console.close();
        } catch (IOException e) {
            // the process is gone already
        }
    }

    private static boolean awaitEnd(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    /**
     * The JVM running this installation, found by the {@code -Dkaraf.base} that bin/karaf passes it and Karaf's
     * main class ({@code bin/client} passes the same {@code -Dkaraf.base}).
     */
    Optional<ProcessHandle> process() {
        String base = "-Dkaraf.base=" + home.toAbsolutePath();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(List::of)
                        .map(args -> args.contains(base) && args.contains("org.apache.karaf.main.Main")).orElse(false))
                .findFirst();
    }

    /** {@code jstack} of the Karaf process, or why there is none. */
    String threadDump() throws IOException, InterruptedException {
        Optional<ProcessHandle> process = process();
        if (process.isEmpty()) {
            return "(no Karaf process for " + home + ")";
        }
        Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
        return run(home, List.of(jstack.toString(), Long.toString(process.get().pid())), COMMAND_TIMEOUT).text();
    }

    /** The last lines of {@code data/log/karaf.log}. */
    String logTail(int lines) throws IOException {
        List<String> log = logLines();
        return String.join("\n", log.subList(Math.max(0, log.size() - lines), log.size()));
    }

    List<String> logLines() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        if (!Files.exists(log)) {
            return List.of("(no " + log + ")");
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.toList();
        } catch (UncheckedIOException e) {
            return Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        }
    }

    /** Removes the folder, for a test that starts again from scratch. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Output run(Path directory, List<String> command, Duration timeout)
            throws IOException, InterruptedException {
        return run(directory, command, "", timeout);
    }

    private static Output run(Path directory, List<String> command, String input, Duration timeout)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("boot-command", ".out");
        Path inputFile = Files.createTempFile("boot-command", ".in");
        try {
            Files.writeString(inputFile, input, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(inputFile.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Output(-1, String.join(" ", command) + " did not end within " + timeout);
            }
            return new Output(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(inputFile);
        }
    }

    /** Strips the terminal colours that Karaf's shell prints even in batch mode. */
    static String plain(String text) {
        Matcher ansi = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]").matcher(text);
        return ansi.replaceAll("");
    }
}
