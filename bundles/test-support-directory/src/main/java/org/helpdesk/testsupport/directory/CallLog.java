package org.helpdesk.testsupport.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.helpdesk.platform.api.directory.dto.Search;

/** What a fake directory was asked, for tests that check what their code asks (and how often). */
final class CallLog<S extends Enum<S>> {

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<Search<S>> searches = Collections.synchronizedList(new ArrayList<>());

    void call(String call) {
        calls.add(call);
    }

    /** Logs a search or list call as {@code search <filter> <offset>+<limit>}. */
    void search(Search<S> search) {
        calls.add("search " + search.filter() + " " + search.offset() + "+" + search.limit());
        searches.add(search);
    }

    List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    List<Search<S>> searches() {
        synchronized (searches) {
            return List.copyOf(searches);
        }
    }
}
