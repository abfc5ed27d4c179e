package org.helpdesk.customerrelations.shell.internal;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.Validity;

/** Completes customer-user logins from the directory (the first 50 starting with what was typed). */
@Service
public class LoginCompleter implements Completer {

    @Reference
    private CustomerUserDirectory users;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = Completions.typed(commandLine);
        String lower = typed.toLowerCase(Locale.ROOT);
        StringsCompleter delegate = new StringsCompleter();
        for (String login : users.matchingLogins(Completions.asFilter(typed), Validity.ALL, null, 50)) {
            if (login.toLowerCase(Locale.ROOT).startsWith(lower)) {
                delegate.getStrings().add(login);
            }
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
