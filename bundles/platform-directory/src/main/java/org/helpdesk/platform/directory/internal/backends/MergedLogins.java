package org.helpdesk.platform.directory.internal.backends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.helpdesk.platform.api.directory.dto.Validity;

/** Keyset listing over all backends: each part's next logins, merged ascending ignoring case, each login once. */
final class MergedLogins {

    private MergedLogins() {
    }

    static List<String> next(List<Part> parts, String filter, Validity validity, String afterLogin, int limit) {
        Map<String, String> byLower = new LinkedHashMap<>();
        for (Part part : parts) {
            for (String login : part.matchingLogins(filter, validity, afterLogin, limit)) {
                byLower.putIfAbsent(login.toLowerCase(Locale.ROOT), login); // the earlier backend's spelling
            }
        }
        List<String> keys = new ArrayList<>(byLower.keySet());
        keys.sort(null);
        return keys.stream().limit(limit).map(byLower::get).toList();
    }
}
