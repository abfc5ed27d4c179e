package org.helpdesk.customerrelations.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;

/** What the command tests share: fields set by name as Karaf injects them, and what a command prints. */
final class CommandFixture {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private PrintStream originalOut;

    /** Sends {@code System.out} here until {@link #restoreOut}. */
    void captureOut() {
        originalOut = System.out;
        System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    void restoreOut() {
        System.setOut(originalOut);
    }

    /** @return what was printed since the capture or the last {@link #resetOut} */
    String out() {
        return output.toString(StandardCharsets.UTF_8);
    }

    void resetOut() {
        output.reset();
    }

    /** Sets a command's (private) field, as Karaf sets {@code @Reference}, {@code @Argument} and {@code @Option}. */
    static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
