package org.helpdesk.customerrelations.persistence.internal;

import static org.helpdesk.customerrelations.persistence.internal.Keys.lower;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;

/** Pairs in key order, without duplicates ignoring case, and which of them exist: what reads and writes share. */
final class Pairs {

    /** Keys per IN list. */
    static final int IN_LIMIT = 1000;

    private static final Comparator<Pair> KEY_ORDER = Comparator.comparing((Pair p) -> lower(p.login()))
            .thenComparing(p -> lower(p.customerId()));

    private Pairs() {
    }

    /** One IN query per chunk of keys; the chunk's superset is narrowed to the asked pairs here. */
    static Set<Pair> existing(RelationMapper mapper, List<Pair> pairs) {
        pairs.sort(KEY_ORDER);
        Set<Pair> found = new LinkedHashSet<>();
        int start = 0;
        while (start < pairs.size()) {
            Set<String> logins = new LinkedHashSet<>();
            Set<String> customers = new LinkedHashSet<>();
            int end = start;
            while (end < pairs.size()) {
                Pair p = pairs.get(end);
                String l = lower(p.login());
                String c = lower(p.customerId());
                if ((!logins.contains(l) && logins.size() == IN_LIMIT)
                        || (!customers.contains(c) && customers.size() == IN_LIMIT)) {
                    break;
                }
                logins.add(l);
                customers.add(c);
                end++;
            }
            Set<String> rows = new HashSet<>();
            for (KeyRow row : mapper.existing(logins, customers)) {
                rows.add(row.loginLc() + '\u0000' + row.customerIdLc());
            }
            for (Pair p : pairs.subList(start, end)) {
                if (rows.contains(lower(p.login()) + '\u0000' + lower(p.customerId()))) {
                    found.add(p);
                }
            }
            start = end;
        }
        return found;
    }

    /** @return those of {@code pairs} (sorted) whose relation does not exist yet */
    static List<Pair> missing(RelationMapper mapper, List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        Set<Pair> existing = existing(mapper, new ArrayList<>(pairs));
        List<Pair> missing = new ArrayList<>(pairs.size() - existing.size());
        for (Pair p : pairs) {
            if (!existing.contains(p)) {
                missing.add(p);
            }
        }
        return missing;
    }

    /** First spelling wins for pairs equal ignoring case. */
    static Map<String, Pair> byKey(Collection<Pair> pairs) {
        Map<String, Pair> byKey = new LinkedHashMap<>();
        for (Pair p : pairs) {
            byKey.putIfAbsent(lower(p.login()) + '\u0000' + lower(p.customerId()), p);
        }
        return byKey;
    }

    /** Key order: concurrent writers lock rows in the same order, which avoids deadlocks. */
    static List<Pair> sorted(Collection<Pair> pairs) {
        List<Pair> list = new ArrayList<>(pairs);
        list.sort(KEY_ORDER);
        return list;
    }
}
