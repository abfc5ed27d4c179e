package org.helpdesk.platform.directory.ui.internal.form;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code return} query parameter of the edit pages: where the "Back" link leads when another
 * admin view sent the admin here. Only paths inside the admin shell pass, so that a crafted link
 * cannot send an admin to another site (open redirect).
 */
public final class ReturnPath {

    public static final String PARAMETER = "return";

    static final String PREFIX = "/admin/";
    static final int MAX_LENGTH = 2000;

    private ReturnPath() {
    }

    /** @return the path when it is safe to link to, e.g. {@code /admin/customer-relations/user/alice?search=x} */
    public static Optional<String> check(String path) {
        if (path == null || path.length() > MAX_LENGTH || !path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        // "//" and "\" could turn the rest into a host name; blanks and control characters have no place in a path.
        if (path.contains("//") || path.contains("\\") || path.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return Optional.empty();
        }
        String pathPart = path.split("[?#]", 2)[0].toLowerCase(Locale.ROOT);
        // Browsers resolve "..", also spelled "%2e%2e", which could climb out of the admin shell.
        if (pathPart.contains("/..") || pathPart.contains("/%2e")) {
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
