package org.helpdesk.customerrelations.ui.internal.model;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.ChangeSet;

/** The two writes of an edit page's Save, recorded; every other call of the service fails. */
public final class RecordingRelations {

    public final List<String> writes = new ArrayList<>();
    public ChangeResult result = new ChangeResult(1, 0, 0);
    /** When set, each write throws it instead of answering {@link #result}. */
    public RuntimeException failure;

    public CustomerRelationService service() {
        return (CustomerRelationService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CustomerRelationService.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "applyToAllMatching" -> writes.add("all " + args[1] + " '" + args[2] + "' " + args[3]
                                + " " + args[5]);
                        case "apply" -> {
                            ChangeSet changes = (ChangeSet) args[0];
                            writes.add("apply " + changes.subject() + " +" + changes.add() + " -" + changes.remove()
                                    + " " + args[args.length - 1]);
                        }
                        case "toString" -> {
                            return "RecordingRelations";
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    if (failure != null) {
                        throw failure;
                    }
                    return result;
                });
    }
}
