package org.helpdesk.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Runs Karaf shell commands inside the container as a user with given roles, as an SSH session would. */
public final class KarafShell {

    /** What a command printed, and the error it failed with (null when it succeeded). */
    public record Result(String output, Exception error) {
        public boolean failed() {
            return error != null;
        }

        public String errorMessage() {
            return error == null ? "" : String.valueOf(error.getMessage());
        }
    }

    private final SessionFactory sessions;

    public KarafShell(BundleContext context) throws InterruptedException {
        ServiceTracker<SessionFactory, SessionFactory> tracker = new ServiceTracker<>(context, SessionFactory.class, null);
        tracker.open();
        this.sessions = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
        if (sessions == null) {
            throw new IllegalStateException("No Karaf SessionFactory");
        }
    }

    /**
     * Waits until every command named {@code scope:name} is registered. Karaf's shell registers a bundle's
     * commands only once all their references are there, which may be after the bundle's own services.
     */
    public void awaitCommands(Duration timeout, String... commands) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        for (String command : commands) {
            String[] parts = command.split(":", 2);
            while (sessions.getRegistry().getCommand(parts[0], parts[1]) == null) {
                if (Instant.now().isAfter(end)) {
                    throw new AssertionError("the shell command " + command + " did not appear within " + timeout);
                }
                Thread.sleep(200);
            }
        }
    }

    public Result asAdmin(String command) {
        return run(command, "admin", "admin", "ssh");
    }

    /** @return the output; fails the test when the command failed */
    public String ok(String command) {
        Result result = asAdmin(command);
        if (result.failed()) {
            throw new AssertionError(command + " failed: " + result.errorMessage() + "\n" + result.output());
        }
        return result.output();
    }

    public Result run(String command, String user, String... roles) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        Exception error = null;
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (Exception e) {
            error = e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            out.flush();
            session.close();
        }
        return new Result(bytes.toString(StandardCharsets.UTF_8), error);
    }
}
