package org.helpdesk.customerrelations.shell.internal;

import org.apache.karaf.shell.api.console.CommandLine;

/** What the completers share. */
final class Completions {

    private Completions() {
    }

    /** @return the part of the current argument before the cursor */
    static String typed(CommandLine commandLine) {
        String argument = commandLine.getCursorArgument();
        if (argument == null) {
            return "";
        }
        return argument.substring(0, Math.min(commandLine.getArgumentPosition(), argument.length()));
    }

    /** @return a directory filter for values starting with {@code typed}: wildcards and blanks taken out */
    static String asFilter(String typed) {
        return typed.replace("*", "").strip().split("\\s+", 2)[0];
    }
}
