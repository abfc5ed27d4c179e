package org.helpdesk.platform.api.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.karaf.shell.api.action.Option;
import org.junit.jupiter.api.Test;

class TrailingOptionsTest {

    static class Command {
        @Option(name = "--customer", aliases = "-c")
        String customer;
        @Option(name = "--limit")
        int limit = 50;
        @Option(name = "--no-format")
        boolean noFormat;
    }

    @Test
    void setsOptionsGivenAfterTheArgumentsAndKeepsTheRest() {
        Command command = new Command();
        List<String> rest = TrailingOptions.apply(command,
                List.of("--customer", "acme", "globex", "--limit=7", "--no-format", "initech"));
        assertEquals("acme", command.customer);
        assertEquals(7, command.limit);
        assertTrue(command.noFormat);
        assertEquals(List.of("globex", "initech"), rest);
    }

    @Test
    void aliasesAndTheEndOfOptionsMarker() {
        Command command = new Command();
        List<String> rest = TrailingOptions.apply(command, List.of("-c", "acme", "--", "--limit"));
        assertEquals("acme", command.customer);
        assertEquals(50, command.limit);
        assertFalse(command.noFormat);
        assertEquals(List.of("--limit"), rest);
    }

    @Test
    void badOptionsAreClearErrors() {
        assertEquals("Unknown option: --colour", assertThrows(IllegalArgumentException.class,
                () -> TrailingOptions.apply(new Command(), List.of("--colour", "red"))).getMessage());
        assertEquals("Option --customer needs a value", assertThrows(IllegalArgumentException.class,
                () -> TrailingOptions.apply(new Command(), List.of("--customer"))).getMessage());
        assertEquals("Option --limit has a malformed value: many", assertThrows(IllegalArgumentException.class,
                () -> TrailingOptions.apply(new Command(), List.of("--limit", "many"))).getMessage());
    }

    @Test
    void noArgumentsGiveNothing() {
        assertEquals(List.of(), TrailingOptions.apply(new Command(), null));
    }
}
